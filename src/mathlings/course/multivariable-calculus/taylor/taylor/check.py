"""Checks for taylor: T₁ and T₂ against their formulas on generated data, then the order of their
error on two smooth functions (f0, g and H by PyTorch autograd): halving the step divides the error
by about 4 for T₁ and by about 8 for T₂."""

import itertools

import numpy as np
import torch
from hypothesis import strategies as st

from mathlings.checker import Behaviour, Call, Mismatch, as_array, autograd, close, shown
from mathlings.checker import strategies as gen

TOLERANCE = {"rtol": 1e-9, "atol": 1e-9}
STEPS = (0.02, 0.01, 0.005, 0.0025)
BANDS = {1: (3.5, 4.5), 2: (7.0, 9.0)}  # e(h)/e(h/2) for an error O(h²), O(h³)


def taylor1_formula(f0, g, x0, x):
    return float(f0 + g @ (x - x0))


def taylor2_formula(f0, g, H, x0, x):
    d = x - x0
    return float(f0 + g @ d + 0.5 * d @ H @ d)


@st.composite
def expansions(draw: st.DrawFn) -> tuple[float, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(f0, g, H, x0, x): H symmetric, with its off-diagonal entries in play."""
    n = draw(st.integers(1, 5))
    f0 = draw(gen.readable_elements())
    g, x0, x = (draw(gen.readable_arrays((n,))) for _ in range(3))
    M = draw(gen.readable_arrays((n, n)))
    return f0, g, (M + M.T) / 2, x0, x


def without_hessian(args):
    f0, g, _, x0, x = args
    return f0, g, x0, x


CASES2 = [
    (2.0, np.array([1.0, -1.0]), np.array([[2.0, 1.0], [1.0, 3.0]]), np.ones(2), np.ones(2)),
    (0.0, np.array([3.0]), np.array([[4.0]]), np.array([1.0]), np.array([3.0])),
    (1.0, np.zeros(2), np.array([[0.0, 1.0], [1.0, 0.0]]), np.zeros(2), np.array([1.0, 2.0])),
    (
        -1.0,
        np.array([1.0, 2.0, 0.0]),
        np.array([[1.0, 2.0, 0.0], [2.0, -1.0, 1.0], [0.0, 1.0, 2.0]]),
        np.array([1.0, 0.0, -1.0]),
        np.array([2.0, 1.0, 1.0]),
    ),
]


# --- the order of the error --------------------------------------------------------------------


def f_plane(x):
    return torch.exp(0.5 * x[0] - x[1]) + x[0] ** 2 * x[1]


def f_space(x):
    return torch.log1p(torch.exp(x[0] - 2 * x[1] + 0.5 * x[2])) + torch.sin(x[0] * x[2]) + x[1] ** 3


SMOOTH = [
    (f_plane, "e^(x₁/2 − x₂) + x₁²x₂", [0.3, -0.2], [0.6, 0.8]),
    (
        f_space,
        "log(1 + e^(x₁ − 2x₂ + x₃/2)) + sin(x₁x₃) + x₂³",
        [0.5, 0.1, -0.4],
        [2 / 3, -1 / 3, 2 / 3],
    ),
]


def derivatives(f, x0):
    """f(x0), ∇f(x0), ∇²f(x0) by autograd, in float64."""
    return autograd.value(f, x0), autograd.gradient(f, x0), autograd.hessian(f, x0)


def one_number(got) -> float | None:
    """The answer as a float, or None when it is not exactly one finite number."""
    try:
        value = as_array(got)
    except ValueError:
        return None
    return float(value) if value.shape == () else None


def error_order(order: int):
    signature = "taylor1(f0, g, x0, x)" if order == 1 else "taylor2(f0, g, H, x0, x)"
    low, high = BANDS[order]

    def test(learner) -> Mismatch | None:
        for f, formula, x0, u in SMOOTH:
            f0, g, H = derivatives(f, x0)
            x0, u = np.array(x0), np.array(u)
            errors = []
            for h in STEPS:
                x = x0 + h * u
                args = (f0, g, x0, x) if order == 1 else (f0, g, H, x0, x)
                got = learner.call(signature, *args)
                T = one_number(got)
                if T is None:
                    return Mismatch(
                        f"{signature} returned {shown(got)}, not one number", got=repr(got)[:200]
                    )
                errors.append(abs(autograd.value(f, x) - T))
            ratios = [a / b if b > 0 else np.inf for a, b in itertools.pairwise(errors)]
            if all(low <= r <= high for r in ratios):
                continue
            listed = ", ".join(f"{r:.3g}" for r in ratios)
            return Mismatch(
                f"for f(x) = {formula} around x₀ = {x0.tolist()}, halving h divided your error "
                f"by {listed}; an error O(h^{order + 1}) is divided by about {2 ** (order + 1)} "
                f"(each ratio in [{low:g}, {high:g}])",
                detail="errors e(h) = |f(x₀ + hu) − T(x₀ + hu)| for h = "
                + ", ".join(f"{h:g}" for h in STEPS)
                + ": "
                + ", ".join(f"{e:.3g}" for e in errors),
            )
        return None

    return test


CHECKS = [
    Call(
        "taylor1(f0, g, x0, x)",
        inputs=expansions().map(without_hessian),
        expected=taylor1_formula,
        compare=close(**TOLERANCE),
        cases=[without_hessian(case) for case in CASES2],
    ),
    Call(
        "taylor2(f0, g, H, x0, x)",
        inputs=expansions(),
        expected=taylor2_formula,
        compare=close(**TOLERANCE),
        cases=CASES2,
    ),
    Behaviour(
        "order of the error of taylor1",
        error_order(1),
        needs=("taylor1(f0, g, x0, x)",),
        examples=len(SMOOTH),
    ),
    Behaviour(
        "order of the error of taylor2",
        error_order(2),
        needs=("taylor2(f0, g, H, x0, x)",),
        examples=len(SMOOTH),
    ),
]
