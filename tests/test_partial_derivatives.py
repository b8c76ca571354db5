"""The partials drill and the step-size lab: a best step of the square-root kind is named whatever
its constant, a right one in another spelling passes; the lab draws the point it is given, refuses
one where eˣ overflows, and its measured curves bottom out where the lesson says."""

from __future__ import annotations

from pathlib import Path

import matplotlib.image
import numpy as np
import pytest

from mathlings.catalog import Course
from mathlings.checker import Sandbox, Verdict, check
from mathlings.labs import run_lab
from mathlings.labs import step_size as stepsize


def verdict_for_best_step(course: Course, sandbox: Sandbox, tmp_path: Path, body: str) -> Verdict:
    drill = course.drill("partials")
    file = tmp_path / "partials.py"
    guard = "if M3 <= 0 or eps <= 0:\n        raise ValueError('M3 and eps must be positive')"
    file.write_text(
        f"{drill.solution}\n\ndef best_step(M3, eps):\n    {guard}\n    return {body}\n"
    )
    return check(drill, file=file, sandbox=sandbox)


@pytest.mark.parametrize(
    "body", ["2 * (eps / M3) ** 0.5", "(eps / M3) ** 0.5", "(6 * eps / M3) ** 0.5"]
)
def test_a_square_root_step_is_named_whatever_its_constant(
    body: str, course: Course, sandbox: Sandbox, tmp_path: Path
) -> None:
    verdict = verdict_for_best_step(course, sandbox, tmp_path, body)
    assert verdict.status == "fail"
    assert verdict.diagnosis is not None and verdict.diagnosis.mistake == "square-root-rule"


def test_the_cube_root_in_another_spelling_passes(
    course: Course, sandbox: Sandbox, tmp_path: Path
) -> None:
    body = "np.cbrt(3.0 * eps) / np.cbrt(M3)"
    assert verdict_for_best_step(course, sandbox, tmp_path, body).status == "pass"


def test_the_stepsize_lab_draws_another_point(tmp_path: Path) -> None:
    pixels = matplotlib.image.imread(run_lab("step-size", tmp_path, x=-2.0))
    assert pixels.shape[:2] == (stepsize.SIZE[1], stepsize.SIZE[0])


def test_the_stepsize_lab_refuses_a_point_where_the_exponential_overflows(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="50"):
        run_lab("step-size", tmp_path, x=800.0)


def test_the_measured_errors_bottom_out_where_truncation_meets_rounding() -> None:
    forward, central = stepsize.errors(1.0, stepsize.STEPS)
    best_forward = stepsize.STEPS[np.argmin(forward)]
    best_central = stepsize.STEPS[np.argmin(central)]
    assert 1e-9 <= best_forward <= 1e-7
    assert 1e-6 <= best_central <= 1e-4
    assert central.min() < forward.min() / 100
