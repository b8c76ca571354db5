"""The check interface: any object with run(ctx) -> Outcome is a check, and what the learner's
code causes inside it is judged by the engine, never by the check's author."""

from __future__ import annotations

from pathlib import Path

import pytest

from mathlings.checker import check
from mathlings.checker.spec import Behaviour, Call, Check, Value

CHECK = '''
import numpy as np

from mathlings.checker.spec import Outcome


class Twice:
    """A custom kind: calls the learner directly and lets whatever it raises escape."""

    step = "twice"

    def run(self, ctx):
        u = np.array([1.0, 2.0])
        got = ctx.learner.call("dot(u, v)", u, u)
        status = "pass" if abs(float(got) - 5.0) < 1e-9 else "fail"
        return Outcome(self.step, status, 1, "" if status == "pass" else "dot(u, u) is not 5")


CHECKS = [Twice()]
'''


@pytest.fixture
def custom_drill(drill_with_checks):
    return drill_with_checks("matmul-from-scratch", CHECK, mistakes={})


def run(drill, tmp_path: Path, body: str):
    file = tmp_path / "learner.py"
    file.write_text(f"def dot(u, v):\n{body}\n")
    return check(drill, file=file)


def test_the_kinds_and_a_custom_one_are_checks() -> None:
    class Custom:
        def run(self, ctx):  # pragma: no cover - never run
            raise AssertionError

    for kind in (Call, Value, Behaviour, Custom):
        assert issubclass(kind, Check)


def test_a_custom_check_passes_a_right_answer(custom_drill, tmp_path) -> None:
    assert run(custom_drill, tmp_path, "    return float(u[0] * v[0] + u[1] * v[1])").passed


def test_a_learner_error_that_escapes_a_custom_check_is_a_learner_verdict(
    custom_drill, tmp_path
) -> None:
    verdict = run(custom_drill, tmp_path, "    return 1 / 0")
    assert verdict.status == "error"
    assert "ZeroDivisionError" in verdict.message
    assert "bug in mathlings" not in verdict.message and "line 2" in verdict.message


def test_an_input_changed_inside_a_custom_check_is_told_so(custom_drill, tmp_path) -> None:
    verdict = run(custom_drill, tmp_path, "    u[0] = 9.0\n    return 5.0")
    assert verdict.status == "fail"
    assert "changed its argument u in place" in verdict.message


def test_an_unwritten_function_in_a_custom_check_is_not_written_yet(custom_drill, tmp_path):
    verdict = run(custom_drill, tmp_path, "    raise NotImplementedError")
    assert verdict.status == "fail" and "not written yet" in verdict.message


DIVIDES_BY_ZERO = '''"""You divided by zero where the dot product has no division."""


def dot(u, v):
    return float(u[0] * v[0]) / 0.0
'''


def test_an_escaping_error_a_known_mistake_raises_alike_is_named(drill_with_checks, tmp_path):
    drill = drill_with_checks("matmul-from-scratch", CHECK, mistakes={"divides": DIVIDES_BY_ZERO})
    verdict = run(drill, tmp_path, "    return float(u[1]) / 0.0")
    assert verdict.status == "error" and "ZeroDivisionError" in verdict.message
    assert verdict.diagnosis is not None and verdict.diagnosis.mistake == "divides"
    assert verdict.diagnosis.message == "You divided by zero where the dot product has no division."


def test_an_escaping_error_unlike_every_known_mistake_names_none(drill_with_checks, tmp_path):
    drill = drill_with_checks("matmul-from-scratch", CHECK, mistakes={"divides": DIVIDES_BY_ZERO})
    verdict = run(drill, tmp_path, "    return u[5]")
    assert verdict.status == "error" and "IndexError" in verdict.message
    assert verdict.diagnosis is None or verdict.diagnosis.mistake != "divides"


PREPARED_CHECK = '''
from mathlings.checker.spec import Outcome


class Prepared:
    """A custom kind whose inputs and answers are made before the learner's code runs."""

    step = "prepared"

    def prepare(self):
        return [((float(k), 1.0), float(k)) for k in range(3)]

    def run(self, ctx):
        assert ctx.prepared is not None, "prepare() was not called"
        for args, want in ctx.prepared:
            if ctx.learner.call("dot(u, v)", *args) != want:
                return Outcome(self.step, "fail", 1, f"dot{args} is not {want}")
        return Outcome(self.step, "pass", len(ctx.prepared))


CHECKS = [Prepared()]
'''


def test_a_custom_kind_with_prepare_gets_its_inputs_ready(drill_with_checks, tmp_path) -> None:
    drill = drill_with_checks("matmul-from-scratch", PREPARED_CHECK, mistakes={})
    verdict = run(drill, tmp_path, "    return u * v")
    assert verdict.passed, str(verdict)
    assert verdict.checks[0].examples == 3
    assert run(drill, tmp_path, "    return u + v").status == "fail"


HALF_CHECK = '''
from hypothesis import strategies as st

from mathlings.checker import Call, close

CHECKS = [
    Call(
        "half(x)",
        inputs=st.tuples(st.integers(1, 50).map(float)),
        expected=lambda x: x / 2,
        compare=close(),
        cases=[(0.0,), (4.0,)],
    )
]
'''

THIRD_BUT_NOT_AT_ZERO = '''"""You divided by 3."""


def half(x):
    return x / 3 if x else float("nan")
'''

THIRD_BUT_ONE_AT_ZERO = '''"""You divided by 3."""


def half(x):
    return x / 3 if x else 1.0
'''

RAISES_AT_ZERO = '''"""You did not handle x = 0."""


def half(x):
    if x == 0:
        raise ZeroDivisionError("x = 0")
    return x / 2
'''


def _half(drill_with_checks, tmp_path: Path, mistakes: dict[str, str]):
    drill = drill_with_checks("covariance-identity", HALF_CHECK, mistakes=mistakes)
    file = tmp_path / "learner.py"
    file.write_text("def half(x):\n    return x / 3\n")  # right at 0, wrong elsewhere
    return check(drill, file=file)


def test_a_mistake_that_breaks_on_an_edge_the_learner_handled_is_still_named(
    drill_with_checks, tmp_path
) -> None:
    verdict = _half(drill_with_checks, tmp_path, {"third": THIRD_BUT_NOT_AT_ZERO})
    assert verdict.status == "fail"
    assert verdict.diagnosis is not None and verdict.diagnosis.mistake == "third"


def test_a_mistake_wrong_with_a_number_where_the_learner_is_right_is_not_named(
    drill_with_checks, tmp_path
) -> None:
    verdict = _half(drill_with_checks, tmp_path, {"third": THIRD_BUT_ONE_AT_ZERO})
    assert verdict.status == "fail"
    assert verdict.diagnosis is None or verdict.diagnosis.mistake != "third"


def test_a_mistake_that_is_only_the_edge_is_not_named_for_another_bug(
    drill_with_checks, tmp_path
) -> None:
    verdict = _half(drill_with_checks, tmp_path, {"edge": RAISES_AT_ZERO})
    assert verdict.status == "fail"
    assert verdict.diagnosis is None or verdict.diagnosis.mistake != "edge"
