"""Generic mistakes named without a catalogue: each pattern is named on the answers it describes,
only when every failing input shows it, and never on a right answer or an unrelated wrong one."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from mathlings.catalog import load_course
from mathlings.checker import Sandbox, check
from mathlings.checker.compare import Mismatch
from mathlings.checker.detect import Raised, apart, detect
from mathlings.checker.spec import Behaviour, Context, Value
from mathlings.render import verdict_text

COURSE = load_course()
FILES = Path(__file__).parent / "learner_files" / "generic"
RNG = np.random.default_rng(20261207)
E = RNG.normal(size=(3, 4)) + 0.5  # a generic right answer: no symmetry, no whole numbers
V = np.array([0.6, 0.0, 0.8])  # a unit vector
TRAJECTORY = np.array([0.0, 1.5, 2.25, 2.625, 2.8125])
DESCENDING = np.array([4.5, 2.25, 1.0, -0.5])
WITH_FRACTIONS = np.array([[3.75, -1.5], [2.25, 0.5]])


def data(n: int) -> np.ndarray:
    return RNG.normal(size=(n, 3))


def covariance(X: np.ndarray) -> np.ndarray:
    Xc = X - X.mean(axis=0)
    return Xc.T @ Xc / len(X)


def named(examples, params=("X",), passed=1) -> str | None:
    found = detect(examples, params, passed)
    return found.mistake if found else None


def alone(expected, got, inputs=("X",)):
    return [(inputs, expected, got)]


# (what it is, the failing examples, the id named): one row per pattern.
PATTERNS = [
    ("twice", alone(E, 2 * E), "generic:scaled-2"),
    ("half", alone(E, E / 2), "generic:scaled-half"),
    ("negated", alone(E, -E), "generic:negated"),
    ("radians for degrees", alone(E * 90, np.radians(E * 90)), "generic:radians-for-degrees"),
    ("degrees for radians", alone(E, np.degrees(E)), "generic:degrees-for-radians"),
    (
        "n/(n − 1)",
        [((X,), covariance(X), covariance(X) * len(X) / (len(X) - 1)) for X in map(data, (3, 5))],
        "generic:scaled-n-over-n-minus-1",
    ),
    (
        "(n − 1)/n",
        [((X,), covariance(X), covariance(X) * (len(X) - 1) / len(X)) for X in map(data, (3, 5))],
        "generic:scaled-n-minus-1-over-n",
    ),
    (
        "n, a sum for a mean",
        [((X,), X.mean(axis=0), X.sum(axis=0)) for X in map(data, (3, 5))],
        "generic:scaled-n",
    ),
    (
        "1/n, a mean for a sum",
        [((X,), X.sum(axis=0), X.mean(axis=0)) for X in map(data, (3, 5))],
        "generic:scaled-1-over-n",
    ),
    ("transposed, non-square", alone(E, E.T), "generic:transposed"),
    ("transposed, square", alone(E[:, :3], E[:, :3].T), "generic:transposed"),
    ("reversed", alone(np.array([1.0, 5.0, 2.0]), np.array([2.0, 5.0, 1.0])), "generic:reversed"),
    ("ascending for descending", alone(DESCENDING, np.sort(DESCENDING)), "generic:ascending"),
    ("descending for ascending", alone(np.sort(DESCENDING), DESCENDING), "generic:descending"),
    ("unsorted", alone(DESCENDING, DESCENDING[[1, 0, 3, 2]]), "generic:unsorted"),
    ("permuted", alone(np.array([1.0, 5.0, 2.0]), np.array([5.0, 1.0, 2.0])), "generic:permuted"),
    ("columns in another order", alone(E, E[:, [1, 0, 3, 2]]), "generic:columns-permuted"),
    ("columns reversed, up to sign", alone(E, -E[:, ::-1]), "generic:columns-reversed"),
    ("not a unit vector", alone(V, 2.5 * V), "generic:not-unit"),
    ("normalised where it should not be", alone(3.7 * V, V), "generic:normalised"),
    ("another length", alone(3.7 * V, 1.3 * V), "generic:wrong-length"),
    ("truncated", alone(WITH_FRACTIONS, np.trunc(WITH_FRACTIONS)), "generic:truncated"),
    ("floored", alone(WITH_FRACTIONS, np.floor(WITH_FRACTIONS)), "generic:floored"),
    ("rounded", alone(E, np.round(E, 2)), "generic:rounded"),
    (
        "whole numbers from an int accumulator",
        alone(WITH_FRACTIONS, np.array([[3.0, -1.0], [1.0, 0.0]])),
        "generic:whole-numbers",
    ),
    ("one step short", alone(TRAJECTORY, TRAJECTORY[:-1]), "generic:one-short"),
    ("start missing", alone(TRAJECTORY, TRAJECTORY[1:]), "generic:missing-first"),
    ("one step long", alone(TRAJECTORY, np.append(TRAJECTORY, 2.9)), "generic:one-long"),
    ("extra start", alone(TRAJECTORY, np.append(0.0, TRAJECTORY)), "generic:extra-first"),
    ("shifted ahead", alone(TRAJECTORY, np.append(TRAJECTORY[1:], 2.9)), "generic:shifted-ahead"),
    ("a row for a column", alone(V.reshape(3, 1), V.reshape(1, 3)), "generic:row-not-column"),
    ("flat for a column", alone(V.reshape(3, 1), V), "generic:flat-not-column"),
    ("a column for flat", alone(V, V.reshape(3, 1)), "generic:column-not-flat"),
    ("flattened", alone(E, E.ravel()), "generic:flattened"),
    ("reshaped", alone(E, E.reshape(2, 6)), "generic:reshaped"),
    ("collapsed to the sum", alone(E[0], float(E[0].sum())), "generic:collapsed"),
    ("nan returned", alone(E, np.where(E > 1, np.nan, E)), "generic:not-finite"),
    ("inf returned", alone(E[0], np.where(E[0] > 1, np.inf, E[0])), "generic:not-finite"),
    (
        "a number where nan is due",
        alone(np.array([np.nan, 1.0]), np.array([0.0, 1.0])),
        "generic:number-not-nan",
    ),
    (
        "a value where an error is due",
        alone(Raised("ValueError", "b = 0"), 0.0),
        "generic:no-error",
    ),
    ("an error where a value is due", alone(1.5, Raised("ZeroDivisionError")), "generic:raised"),
    ("another error", alone(Raised("ValueError"), Raised("IndexError")), "generic:wrong-error"),
]


@pytest.mark.parametrize(
    ("examples", "mistake"), [p[1:] for p in PATTERNS], ids=[p[0] for p in PATTERNS]
)
def test_each_pattern_is_named_on_the_answers_it_describes(examples, mistake) -> None:
    assert named(examples) == mistake


@pytest.mark.parametrize(
    ("examples", "mistake"), [p[1:] for p in PATTERNS], ids=[p[0] for p in PATTERNS]
)
def test_a_right_answer_among_the_examples_is_never_explained_away(examples, mistake) -> None:
    inputs, expected, _ = examples[0]
    assert named([(inputs, expected, expected)]) is None
    assert named([*examples, (inputs, expected, expected)]) is None


NOISE = RNG.normal(size=E.shape)


@pytest.mark.parametrize(
    "got",
    [
        E + 0.1 * NOISE,  # random noise
        NOISE,  # an unrelated answer of the right shape
        np.sin(E),  # a different function
        E**2,
        E + 1.0,
        2 * E + 0.01,  # almost twice, but not exactly
        E * np.array([1.0, 2.0, 1.0, 1.0]),  # one column scaled
        np.insert(E, 1, [1.0, 2.0, 3.0, 4.0], axis=0),  # a row more, inside
        "a string",
        {"C": E},
        None,
    ],
    ids=[
        "noise",
        "unrelated",
        "sin",
        "square",
        "plus-one",
        "almost-twice",
        "one-column",
        "extra-row",
        "string",
        "dict",
        "none",
    ],
)
def test_an_unrelated_wrong_answer_is_not_named(got) -> None:
    assert named(alone(E, got)) is None


def test_noise_on_a_vector_or_a_sequence_is_not_named() -> None:
    rng = np.random.default_rng(1)
    for expected in (V, TRAJECTORY, DESCENDING, WITH_FRACTIONS):
        noisy = expected + 0.01 * rng.normal(size=expected.shape)
        assert named(alone(expected, noisy)) is None


def test_an_error_raised_on_every_input_is_left_to_the_traceback() -> None:
    everywhere = [((x,), x, Raised("NameError")) for x in (1.0, 2.0)]
    assert named(everywhere, passed=0) is None
    assert named(everywhere, passed=3) == "generic:raised"


def test_a_number_on_the_left_of_an_operator_names_the_reflected_method() -> None:
    message = "unsupported operand type(s) for -: 'float' and 'Value'"
    seen = [(((("number_sub", 1.0, 0),), [3.0]), 1.0, Raised("TypeError", message))]
    found = detect(seen, ("program", "inputs"), passed=5)
    assert found is not None and found.mistake == "generic:reflected"
    assert "Value.__rsub__" in found.message


def test_a_pattern_is_named_only_when_every_failing_input_shows_it() -> None:
    doubled = [((X,), covariance(X), 2 * covariance(X)) for X in map(data, (2, 3, 4))]
    X = data(5)
    assert named(doubled) == "generic:scaled-2"
    assert named([*doubled, ((X,), covariance(X), covariance(X) + 0.1)]) is None
    assert named([*doubled, ((X,), covariance(X), covariance(X).T * 3)]) is None


def test_a_simple_factor_is_preferred_when_n_cannot_tell_them_apart() -> None:
    # With n = 2 only, 2 is also n/(n − 1) and n: "twice" is the fact, the rest would be a guess.
    only_two = [((X,), covariance(X), 2 * covariance(X)) for X in (data(2), data(2))]
    assert named(only_two) == "generic:scaled-2"
    sample = [
        ((X,), covariance(X), covariance(X) * len(X) / (len(X) - 1)) for X in (data(2), data(4))
    ]
    found = detect(sample, ("X",))
    assert found is not None and found.mistake == "generic:scaled-n-over-n-minus-1"
    assert "n = 2 here, the number of rows of X" in found.message
    assert "did you divide by n − 1 where this drill divides by n?" in found.message


def test_the_sentence_states_its_evidence() -> None:
    doubled = [((X,), covariance(X), 2 * covariance(X)) for X in map(data, (2, 3, 4))]
    found = detect(doubled, ("X",))
    assert found is not None
    assert (
        found.message == "On all 3 failing inputs seen, your answer is exactly twice the right one."
    )
    one = detect(alone(E, E.T), ("A",))
    assert one is not None and one.message.startswith("On the failing input, your answer is the ")
    assert "shape (4, 3) where (3, 4) is due" in one.message


def test_the_part_of_a_tuple_answer_is_named() -> None:
    found = detect([((np.ones(3),), E, 2 * E, ("dw",))])
    assert found is not None and "your dw is exactly twice the right one" in found.message


def test_different_numbers_always_print_differently() -> None:
    assert apart(1.0000001, 1.0000002) == ["1.0000001", "1.0000002"]
    assert apart(2.5, 2.5) == ["2.5", "2.5"]
    assert apart(3.75, 3.0) == ["3.75", "3"]
    found = detect(alone(np.array([2.0000001, 5.5]), np.array([2.0, 5.0])))
    assert found is not None and "here 2 where 2.0000001 is due" in found.message
    found = detect(alone(3 * V, 3 * 1.0000015 * V))
    assert found is not None and found.mistake == "generic:wrong-length"
    assert "length 3.0000045 where 3 is due" in found.message


NUMBERS_COMPARED = re.compile(r"(-?[\d.]+(?:e[-+]?\d+)?) where (-?[\d.]+(?:e[-+]?\d+)?) is due")


@pytest.mark.parametrize(
    ("examples", "mistake"), [p[1:] for p in PATTERNS], ids=[p[0] for p in PATTERNS]
)
def test_a_sentence_never_states_equal_numbers_as_different(examples, mistake) -> None:
    found = detect(examples, passed=1)
    assert found is not None
    for got, expected in NUMBERS_COMPARED.findall(found.message):
        assert got != expected, found.message
    assert found.message.endswith((".", "?")) and found.message[0].isupper()


# --- the other kinds of check ------------------------------------------------------------------


class Typed:
    """A learner that typed in one value."""

    def __init__(self, **values) -> None:
        self.values = values

    def value(self, name: str):
        return self.values[name]

    def function(self, signature: str) -> None:
        return None


def test_a_value_typed_in_is_named_only_where_the_verdict_shows_the_right_one() -> None:
    context = Context(Typed(MEAN=2 * E))  # type: ignore[arg-type]
    shown = Value("MEAN", E, reveal=True).run(context)
    assert shown.diagnosis is not None and shown.diagnosis.mistake == "generic:scaled-2"
    assert shown.diagnosis.message == "Your answer is exactly twice the right one."
    hidden = Value("MEAN", E).run(context)  # "twice the right one" would give it away
    assert hidden.status == "fail" and hidden.diagnosis is None


def test_a_behaviour_mismatch_with_its_call_is_named() -> None:
    x = np.array([1.0, 2.0, 3.0])

    def doubled(learner) -> Mismatch:
        return Mismatch("gave a wrong answer", expected=x, got=2 * x, call="f(x)", inputs={"x": x})

    def named_mistake(learner) -> Mismatch:
        return Mismatch(
            "gave a wrong answer",
            expected=x,
            got=2 * x,
            call="f(x)",
            inputs={"x": x},
            mistake="known",
        )

    context = Context(Typed())  # type: ignore[arg-type]
    outcome = Behaviour("f", doubled).run(context)
    assert outcome.diagnosis is not None and outcome.diagnosis.mistake == "generic:scaled-2"
    assert Behaviour("f", named_mistake).run(context).diagnosis is None


# --- end to end: learner files through the sandbox ---------------------------------------------


def verdict_of(drill_id: str, name: str, sandbox: Sandbox):
    return check(COURSE.drill(drill_id), file=FILES / f"{name}.py", sandbox=sandbox)


def test_a_covariance_twice_too_large_is_named_twice(sandbox: Sandbox) -> None:
    verdict = verdict_of("covariance-identity", "covariance_doubled", sandbox)
    assert verdict.status == "fail"
    assert verdict.diagnosis is not None and verdict.diagnosis.mistake == "generic:scaled-2"
    assert "exactly twice the right one" in verdict.diagnosis.message
    assert "Noticed: On all " in verdict_text(verdict)


def test_a_transposed_product_is_named_transposed(sandbox: Sandbox) -> None:
    verdict = verdict_of("matmul-from-scratch", "matmul_transposed", sandbox)
    assert verdict.status == "fail" and verdict.step == "matmul"
    assert verdict.diagnosis is not None and verdict.diagnosis.mistake == "generic:transposed"


def test_a_product_stored_in_an_int_array_is_named_truncated(sandbox: Sandbox) -> None:
    verdict = verdict_of("matmul-from-scratch", "matmul_int_result", sandbox)
    assert verdict.status == "fail" and verdict.step == "matmul"
    assert verdict.diagnosis is not None and verdict.diagnosis.mistake == "generic:truncated"
    assert "dtype=int" in verdict.diagnosis.message


def test_a_trajectory_one_step_long_is_named(sandbox: Sandbox) -> None:
    verdict = verdict_of("gd-1d", "gd_one_step_long", sandbox)
    assert verdict.diagnosis is not None and verdict.diagnosis.mistake == "generic:one-long"


def test_a_known_mistake_wins_over_the_pattern_it_also_shows(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    drill = COURSE.drill("covariance-identity")
    mistake = next(m for m in drill.mistakes if m.id == "n-minus-one")  # n/(n − 1) times C
    file = tmp_path / "attempt.py"
    file.write_text(mistake.learner_text())
    verdict = check(drill, file=file, sandbox=sandbox)
    assert verdict.diagnosis is not None
    assert verdict.diagnosis.mistake == "n-minus-one"
    assert "Known mistake: " in verdict_text(verdict)


def test_the_json_verdict_carries_the_generic_diagnosis(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mathlings",
            "check",
            "covariance-identity",
            "--json",
            "--file",
            str(FILES / "covariance_doubled.py"),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    verdict = json.loads(done.stdout)
    assert verdict["diagnosis"]["mistake"] == "generic:scaled-2"
    assert "twice" in verdict["diagnosis"]["message"]


def test_a_right_direction_of_the_wrong_length_is_told_so_not_two_equal_lambdas(
    course, sandbox
) -> None:
    # Issue 7's example: "converged to the eigenvector of λ = 1, not to the one of ... 1".
    file = Path(__file__).parent / "learner_files" / "generic" / "power_iteration_long_v.py"
    verdict = check(course.drill("power-iteration"), file=file, sandbox=sandbox)
    assert verdict.status == "fail"
    assert "right direction" in verdict.message and "unit vector" in verdict.message
    assert "not to the one of the largest" not in verdict.message


def test_a_value_where_an_error_is_due_is_named_not_a_bug_in_mathlings(course, sandbox) -> None:
    file = Path(__file__).parent / "learner_files" / "generic" / "projection_zero_for_zero_b.py"
    verdict = check(course.drill("projection"), file=file, sandbox=sandbox)
    assert verdict.status == "fail", verdict.message
    assert "bug in mathlings" not in verdict.message
    assert verdict.diagnosis is not None and verdict.diagnosis.mistake == "generic:no-error"


def test_a_pair_that_commutes_only_to_within_rounding_is_told_so(course, sandbox, tmp_path) -> None:
    file = tmp_path / "composition.py"
    reference = (course.drill("composition").path / "solution.py").read_text()
    file.write_text(
        reference
        + "\n\ndef non_commuting_pair():\n"
        + "    import numpy as np\n"
        + "    A = np.array([[1.0, 1e-15], [0.0, 1.0]])\n"
        + "    return A, np.array([[2.0, 0.0], [0.0, 2.0 + 1e-15]])\n"
    )
    verdict = check(course.drill("composition"), file=file, sandbox=sandbox)
    assert verdict.status == "fail"
    assert "to within the tolerance" in verdict.message and "AB = BA" not in verdict.message
