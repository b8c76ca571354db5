"""What the gradcheck, jacobian and hessian drills promise in their task texts, and the curvature
lab's three panels: a right gradient never false-alarms at h = 1e-6 where h = 1e-10 and h = 1e-2
do, every wrong gradient is far from right, the large-scale Hessians need a tolerance that grows
with ‖H‖, and the lab draws a minimum, a degenerate valley and a saddle."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from mathlings.catalog import load_course
from mathlings.checker.engine import load_checks
from mathlings.labs import curvature

COURSE = load_course()


def check_module(drill_id: str) -> ModuleType:
    path = COURSE.drill(drill_id).path
    load_checks(path)
    return sys.modules[f"mathlings_drill_{path.name.replace('-', '_')}"]


GRADCHECK = check_module("gradcheck")
HESSIAN = check_module("hessian")


def right_cases() -> list[tuple]:
    step = next(c for c in GRADCHECK.CHECKS if c.step == "gradcheck on right gradients")
    return [*step.cases, *step.sample()]


def wrong_cases() -> list[tuple]:
    step = next(c for c in GRADCHECK.CHECKS if c.step == "gradcheck on wrong gradients")
    return [*step.cases, *step.sample()]


@pytest.mark.parametrize("key", list(GRADCHECK.RIGHT))
def test_each_right_gradient_of_gradcheck_is_autograds(key: str) -> None:
    rng = np.random.default_rng(0)
    for _ in range(5):
        x = rng.uniform(-2, 2, size=GRADCHECK.SIZES.get(key, 3))
        f = GRADCHECK.FUNCTIONS[key]
        assert GRADCHECK.exact_error(f, GRADCHECK.RIGHT[key], x) < 1e-12


def test_the_default_step_never_false_alarms_on_a_right_gradient() -> None:
    for f, grad, x in right_cases():
        assert GRADCHECK.error_at_step(f, grad, x, 1e-6) < GRADCHECK.THRESHOLD / 10


@pytest.mark.parametrize("careless", [1e-10, 1e-2])
def test_a_careless_step_false_alarms_on_some_right_gradient(careless: float) -> None:
    errors = [GRADCHECK.error_at_step(f, g, x, careless) for f, g, x in right_cases()]
    assert max(errors) > GRADCHECK.THRESHOLD


def test_every_wrong_gradient_is_far_from_right_where_it_is_checked() -> None:
    errors = [GRADCHECK.exact_error(f, g, x) for f, g, x in wrong_cases()]
    assert min(errors) >= 0.01


def test_the_large_hessians_hide_their_zero_eigenvalue_from_an_absolute_tolerance() -> None:
    big = [H for (H,) in HESSIAN.CLASSIFY_CASES if np.abs(H).max() > 1e9]
    assert big
    for H in big:
        assert HESSIAN.expected_kind(H) == "degenerate"
        assert np.abs(np.linalg.eigvalsh(H)).min() > 1e-8


def test_the_curvature_lab_draws_a_minimum_a_degenerate_valley_and_a_saddle() -> None:
    kinds = [HESSIAN.expected_kind(H) for _, H in curvature.PANELS]
    assert kinds == ["minimum", "degenerate", "saddle"]


def test_the_curvature_lab_renders(tmp_path: Path) -> None:
    out = curvature.render(tmp_path / "curvature.png")
    assert out.is_file() and out.stat().st_size > 10_000
