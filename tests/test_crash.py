"""A crash is a diagnosis too, every failing step gets its own, and a typed-in value may depend on
the learner's other answers: the verdicts learners see when their code raises on an edge case,
returns None, or is wrong in more than one step."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import strategies as st

from mathlings.catalog import load_course
from mathlings.checker import Sandbox, check
from mathlings.checker.compare import as_array
from mathlings.checker.engine import exec_module
from mathlings.checker.learner import Learner
from mathlings.checker.spec import Call, Context, Raises, Value
from mathlings.checker.verdict import Verdict
from mathlings.render import verdict_text

COURSE = load_course()
FILES = Path(__file__).parent / "learner_files" / "crash"


def verdict_of(drill_id: str, name: str, sandbox: Sandbox) -> Verdict:
    return check(COURSE.drill(drill_id), file=FILES / f"{name}.py", sandbox=sandbox)


def line_of(name: str, code: str) -> int:
    lines = (FILES / f"{name}.py").read_text().splitlines()
    return next(i for i, line in enumerate(lines, 1) if code in line)


def learner(name: str) -> Learner:
    """A learner file loaded in this process, with its own traceback, as the judge's mistakes."""
    path = str(FILES / f"{name}.py")
    namespace = exec_module((FILES / f"{name}.py").read_text(), path, f"crash_{name}")
    return Learner(namespace, frozenset({path}), quiet=False)


# --- a crash on an edge case, through the sandbox ----------------------------------------------


def test_a_crash_shows_the_input_typed_back_the_line_and_the_drills_edge_sentence(
    sandbox: Sandbox,
) -> None:
    verdict = verdict_of("matmul-from-scratch", "transpose_on_empty", sandbox)
    assert verdict.status == "error" and verdict.step == "transpose"
    line = line_of("transpose_on_empty", "len(A[0])")
    assert f"at line {line} (`n, m = len(A), len(A[0])`): IndexError" in verdict.message
    example = verdict.counterexample
    assert example is not None
    assert example.inputs == {"A": "np.zeros((0, 3))"}  # never [] for a 0 x 3 array
    assert example.expected == "np.zeros((3, 0))" and example.got == "raised IndexError"
    assert verdict.detail == "To try it yourself: A = np.zeros((0, 3))"
    assert verdict.diagnosis is not None
    assert verdict.diagnosis.mistake == "generic:edge-empty-dimension"
    assert verdict.diagnosis.message == (
        "On the failing input, A has a dimension of length 0 (shape (0, 3)), and your code raised "
        "IndexError: the task says Aᵀ of an n x m A is m x n, also for n = 0."
    )
    assert "Noticed: On the failing input, A has a dimension of length 0" in verdict_text(verdict)


def test_a_crash_on_a_zero_vector_where_an_error_is_due_names_the_edge_and_the_error_due(
    sandbox: Sandbox,
) -> None:
    verdict = verdict_of("cosine-similarity", "cosine_zero_division", sandbox)
    assert verdict.status == "error" and verdict.step == "cosine_similarity"
    assert verdict.diagnosis is not None
    assert verdict.diagnosis.mistake == "generic:edge-zero-vector"
    message = verdict.diagnosis.message
    assert "u or v is the zero vector, and your code raised ZeroDivisionError" in message
    assert "where the task says it must raise ValueError (a zero vector has no direction" in message
    example = verdict.counterexample
    assert example is not None
    assert example.expected == "raises ValueError" and example.got == "raised ZeroDivisionError"
    assert (
        verdict.detail == "To try it yourself: u = np.array([0.0, 0.0]); v = np.array([1.0, 2.0])"
    )


def test_a_crash_found_by_the_search_is_shrunk_and_typed_back(sandbox: Sandbox) -> None:
    verdict = verdict_of("pca", "pca_cov_one_feature", sandbox)
    assert verdict.status == "error"
    line = line_of("pca_cov_one_feature", "np.linalg.eigh(C)")
    assert f"at line {line} (`eigenvalues, eigenvectors = np.linalg.eigh(C)`)" in verdict.message
    example = verdict.counterexample
    assert example is not None and example.shrunk
    X = np.array(example.inputs["X"])
    assert X.shape == (3, 1) and example.inputs["k"] == 1  # the smallest data with d = 1
    assert verdict.detail is not None and verdict.detail.startswith("To try it yourself: X = ")
    typed = verdict.detail.removeprefix("To try it yourself: ")
    values: dict = {}
    exec(typed, {"np": np}, values)
    assert np.array_equal(values["X"], X) and values["k"] == 1


# --- None returned: told whether the code printed ----------------------------------------------


def test_a_function_that_prints_its_answer_is_told_so(sandbox: Sandbox) -> None:
    verdict = verdict_of("covariance-identity", "covariance_printed", sandbox)
    assert verdict.status == "fail" and verdict.message == "covariance(X) returned None"
    assert verdict.diagnosis is not None and verdict.diagnosis.mistake == "generic:returned-none"
    assert verdict.diagnosis.message.startswith(
        "covariance(X) returned None, and your code printed: did you print the answer instead of "
        "returning it?"
    )
    assert verdict.checks[0].diagnosis == verdict.diagnosis


def test_a_function_that_returns_nothing_is_asked_for_its_return(sandbox: Sandbox) -> None:
    verdict = verdict_of("covariance-identity", "covariance_no_return", sandbox)
    assert verdict.status == "fail" and verdict.message == "covariance(X) returned None"
    assert verdict.diagnosis is not None
    assert verdict.diagnosis.message == (
        "covariance(X) returned None: did you forget to `return` the answer?"
    )


# --- the edges, in the judge's process ---------------------------------------------------------


@st.composite
def data(draw) -> tuple[np.ndarray]:
    d = draw(st.integers(1, 3))
    n = draw(st.integers(d + 1, 6))
    rows = draw(st.lists(st.lists(st.integers(-3, 3), min_size=d, max_size=d), min_size=n))
    return (np.array(rows[:n], dtype=float).reshape(-1, d),)


COVARIANCE = Call(
    "covariance(X)",
    inputs=data(),
    expected=lambda X: np.atleast_2d(np.cov(X, rowvar=False, bias=True)),
    cases=[(np.array([[1.0, 2.0], [3.0, 1.0], [0.0, 0.0]]),)],
)


def test_a_crash_on_one_column_only_is_named_with_the_generic_sentence() -> None:
    outcome = COVARIANCE.run(Context(learner("covariance_nested_lists")))
    assert outcome.status == "error" and outcome.shrunk
    X = outcome.inputs["X"]
    assert X.shape[1] == 1  # shrunk to data with one feature
    line = line_of("covariance_nested_lists", "[list(row) for row in C]")
    assert f"at line {line} (`return [list(row) for row in C]`): TypeError" in outcome.message
    assert outcome.diagnosis is not None
    assert outcome.diagnosis.mistake == "generic:edge-one-column"
    assert (
        "X has a single column (d = 1), and your code raised TypeError; the task defines an "
        "answer for this edge case too" in outcome.diagnosis.message
    )


def inverse_or_singular(A: np.ndarray):
    if abs(np.linalg.det(A)) < 1e-12:
        return Raises(ValueError, "A is singular")
    return np.linalg.inv(A)


INVERSE = Call(
    "inverse(A)",
    inputs=st.tuples(
        st.lists(st.integers(-2, 2).map(float), min_size=4, max_size=4).map(
            lambda entries: np.array(entries).reshape(2, 2)
        )
    ),
    expected=inverse_or_singular,
    cases=[(np.array([[2.0, 1.0], [1.0, 1.0]]),), (np.array([[1.0, 2.0], [2.0, 4.0]]),)],
    edges={"singular matrix": "the task says inverse(A) raises ValueError when det A = 0"},
)


def test_a_crash_on_singular_matrices_says_what_the_drill_declares_for_them() -> None:
    outcome = INVERSE.run(Context(learner("inverse_2x2")))
    assert outcome.status == "error"
    assert outcome.diagnosis is not None
    assert outcome.diagnosis.mistake == "generic:edge-singular-matrix"
    assert outcome.diagnosis.message.endswith(
        "A is a singular matrix, and your code raised ZeroDivisionError: the task says "
        "inverse(A) raises ValueError when det A = 0."
    )


def test_an_error_raised_on_every_input_is_no_edge_case() -> None:
    outcome = INVERSE.run(Context(learner("inverse_typo")))
    assert outcome.status == "error" and "NameError" in outcome.message
    assert outcome.diagnosis is None  # the traceback says it: a bug everywhere, not an edge


def test_an_edge_a_drill_declares_must_be_one_the_checker_can_see() -> None:
    with pytest.raises(ValueError, match="unknown edge 'n = 0'"):
        Call("f(x)", inputs=st.tuples(st.floats()), expected=abs, edges={"n = 0": "..."})


# --- every failing step is diagnosed -----------------------------------------------------------


def test_each_failing_step_gets_its_own_diagnosis(sandbox: Sandbox) -> None:
    verdict = verdict_of("pca-by-hand", "pca_two_mistakes", sandbox)
    assert verdict.status == "fail" and verdict.step == "center"  # the headline: the first
    assert verdict.diagnosis is not None and verdict.diagnosis.mistake == "grand-mean"
    by_step = {c.name: c for c in verdict.checks}
    assert by_step["center"].diagnosis == verdict.diagnosis
    covariance = by_step["covariance"].diagnosis
    assert covariance is not None and covariance.mistake == "covariance-n-minus-1"
    assert by_step["eigen"].diagnosis is None and by_step["project"].diagnosis is None
    text = verdict_text(verdict)
    assert "✗ center: You subtracted one mean of all the entries" in text
    assert "✗ covariance: You divided by n − 1" in text


def test_step_diagnoses_survive_json_and_older_json_still_loads(sandbox: Sandbox) -> None:
    verdict = verdict_of("pca-by-hand", "pca_two_mistakes", sandbox)
    again = Verdict.from_dict(verdict.to_dict())
    assert again.checks == verdict.checks
    older = verdict.to_dict()
    for step in older["checks"]:
        del step["diagnosis"]
    assert Verdict.from_dict(older).checks[1].diagnosis is None


# --- a value that depends on another of the learner's answers ----------------------------------

XC = np.array([[-3.0, -3.0], [-1.0, 0.0], [0.0, -1.0], [1.0, 3.0], [3.0, 1.0]])
U = np.array([1.0, 1.0]) / np.sqrt(2.0)
PROJECTIONS = Value(
    "PROJECTIONS",
    expected=lambda learner: XC @ as_array(learner.value("U")),
    step="projections",
)


def typed(**values) -> Context:
    return Context(Learner(values, frozenset()))


def test_a_value_is_checked_against_the_learners_own_other_answer() -> None:
    assert PROJECTIONS.run(typed(U=U, PROJECTIONS=XC @ U)).status == "pass"
    assert PROJECTIONS.run(typed(U=-U, PROJECTIONS=-(XC @ U))).status == "pass"  # either sign
    wrong = PROJECTIONS.run(typed(U=-U, PROJECTIONS=XC @ U))  # does not follow its own U
    assert wrong.status == "fail" and wrong.name == "projections"


def test_a_value_whose_other_answer_is_not_filled_in_says_so() -> None:
    outcome = PROJECTIONS.run(typed(U=..., PROJECTIONS=XC @ U))
    assert outcome.status == "fail"
    assert "checked against your other answers" in outcome.message


def test_a_value_with_a_callable_expected_still_names_a_known_mistake() -> None:
    context = typed(U=U, PROJECTIONS=2 * (XC @ U))
    context.mistakes = [("doubled", Learner({"PROJECTIONS": 2 * (XC @ U)}, frozenset()))]
    outcome = PROJECTIONS.run(context)
    assert outcome.status == "fail" and outcome.mistake == "doubled"
