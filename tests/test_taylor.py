"""What the taylor and newton drills promise in their task texts: the reference's error ratios sit
well inside the stated bands (and a missing ½ falls outside), Newton's error ratio e_{k+1}/e_k²
stays far below the stated bound from every start, and no generated run stops on a gradient norm
so close to tol that a correct answer's rounding could stop it one step apart."""

from __future__ import annotations

import itertools
import sys
from types import ModuleType

import numpy as np
import pytest

from mathlings.catalog import load_course
from mathlings.checker.engine import load_checks

COURSE = load_course()


def check_module(drill_id: str) -> ModuleType:
    path = COURSE.drill(drill_id).path
    load_checks(path)
    return sys.modules[f"mathlings_drill_{path.name.replace('-', '_')}"]


TAYLOR = check_module("taylor")
NEWTON = check_module("newton")


def ratios(order: int, half: float = 0.5) -> list[float]:
    """e(h)/e(h/2) of the formula's T₁ or T₂ (with `half` as the quadratic's factor)."""
    import torch

    found = []
    for f, _, x0, u in TAYLOR.SMOOTH:
        f0, g, H = TAYLOR.derivatives(f, x0)
        x0, u = np.array(x0), np.array(u)
        errors = []
        for h in TAYLOR.STEPS:
            d = h * u
            T = f0 + g @ d + (half * d @ H @ d if order == 2 else 0.0)
            errors.append(abs(f(torch.tensor(x0 + d)).item() - T))
        found += [a / b for a, b in itertools.pairwise(errors)]
    return found


@pytest.mark.parametrize(("order", "ideal"), [(1, 4.0), (2, 8.0)])
def test_the_right_expansions_error_ratios_are_well_inside_the_band(order, ideal) -> None:
    low, high = TAYLOR.BANDS[order]
    for r in ratios(order):
        assert abs(r - ideal) < (high - low) / 4  # a quarter of the band's width


def test_a_missing_half_fails_the_order_test_on_its_own() -> None:
    low, high = TAYLOR.BANDS[2]
    assert all(not low <= r <= high for r in ratios(2, half=1.0))


def test_newtons_error_ratio_stays_far_below_the_stated_bound() -> None:
    rng = np.random.default_rng(0)
    for f, grad, hess in NEWTON.SMOOTH:
        x_star = NEWTON.minimizer(f, grad, hess)
        assert np.linalg.norm(grad(x_star)) < 1e-11
        worst = 0.0
        for _ in range(300):
            x0 = rng.uniform(-3, 3, hess.dimension)
            xs = NEWTON.reference_newton(grad, hess, x0, 1e-10, 30)
            errors = [np.linalg.norm(x - x_star) for x in xs]
            assert errors[-1] < 1e-8
            for e, e_next in itertools.pairwise(errors):
                if NEWTON.ROUNDING <= e <= NEWTON.NEAR:
                    worst = max(worst, e_next / e**2)
        assert worst < NEWTON.RATE / 2


@pytest.mark.parametrize("step", [0, 1], ids=["quadratics", "smooth"])
def test_no_generated_newton_run_meets_tol_by_a_rounding_hair(step: int) -> None:
    check = NEWTON.CHECKS[step]
    for grad, hess, x0, tol, max_iter in [*check.cases, *check.sample()]:
        xs = NEWTON.reference_newton(grad, hess, x0, tol, max_iter)
        for x in xs:
            norm = np.linalg.norm(grad(x))
            assert norm == 0 or tol == 0 or abs(norm - tol) > 1e-6 * tol
