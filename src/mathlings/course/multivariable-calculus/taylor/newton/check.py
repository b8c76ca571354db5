"""Checks for newton: the trajectory against the checker's own Newton on quadratics (one step to the
minimizer from any start) and on a smooth strictly convex function, then quadratic convergence
there (e_{k+1} ≤ 2·e_k², the minimizer x* by SciPy)."""

import itertools
from collections.abc import Callable

import numpy as np
from hypothesis import strategies as st
from scipy.optimize import minimize

from mathlings.checker import (
    Behaviour,
    Call,
    Mismatch,
    as_array,
    close,
    named,
    shown,
    trajectory_of,
)

SIGNATURE = "newton(grad, hess, x0, tol, max_iter)"
SAME = close(rtol=1e-9, atol=1e-9)
QUADRATIC_TOL = 1e-8
RATE = 2.0  # e_{k+1} ≤ RATE·e_k² near the minimum
NEAR, ROUNDING = 0.5, 1e-5  # the band of e_k where the rate is measured


def reference_newton(grad, hess, x0, tol, max_iter):
    """The checker's Newton: test ‖∇f(x_k)‖ ≤ tol, else solve H d = −g and step."""
    x = np.array(x0, dtype=float)
    xs = [x]
    for _ in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) <= tol:
            break
        x = x + np.linalg.solve(hess(x), -g)
        xs.append(x)
    return np.array(xs)


trajectory = trajectory_of(SAME)


# --- quadratics ½xᵀAx − bᵀx ---------------------------------------------------------------------


def quadratic(A: np.ndarray, b: np.ndarray):
    said = f"A = {shown(A)}, b = {shown(b)}"
    grad = named(lambda x: A @ x - b, f"grad(x) = Ax − b with {said}")
    hess = named(lambda x: A, f"hess(x) = A with {said}")
    return grad, hess


@st.composite
def quadratic_runs(draw: st.DrawFn):
    n = draw(st.integers(1, 4))
    whole = st.integers(-2, 2).map(float)
    M = np.array(draw(st.lists(whole, min_size=n * n, max_size=n * n))).reshape(n, n)
    A = M.T @ M + np.eye(n)
    b = np.array(draw(st.lists(whole, min_size=n, max_size=n)))
    x0 = np.array(draw(st.lists(st.floats(-5, 5), min_size=n, max_size=n)))
    max_iter = draw(st.integers(0, 5))
    return (*quadratic(A, b), x0, QUADRATIC_TOL, max_iter)


A2 = np.array([[2.0, 1.0], [1.0, 3.0]])
A3 = np.array([[3.0, 1.0, 0.0], [1.0, 2.0, 1.0], [0.0, 1.0, 4.0]])
QUADRATIC_CASES = [
    (*quadratic(A2, np.array([1.0, 2.0])), np.array([4.0, -3.0]), QUADRATIC_TOL, 5),
    (*quadratic(A2, np.array([1.0, 2.0])), np.array([4.0, -3.0]), QUADRATIC_TOL, 0),
    (*quadratic(A2, np.array([1.0, 2.0])), np.array([4.0, -3.0]), QUADRATIC_TOL, 1),
    (*quadratic(A3, A3 @ np.array([1.0, -1.0, 2.0])), np.array([1.0, -1.0, 2.0]), 0.0, 3),
    (*quadratic(A3, np.zeros(3)), np.zeros(3), 0.0, 4),
    (*quadratic(np.array([[4.0]]), np.array([2.0])), np.array([-7.0]), QUADRATIC_TOL, 3),
]


# --- a smooth strictly convex function Σⱼ exp(mⱼ·x) + ½‖x‖² − c·x --------------------------------


def exp_family(M: np.ndarray, c: np.ndarray):
    said = f"M = {shown(M)}, c = {shown(c)}"
    f = named(lambda x: float(np.exp(M @ x).sum() + 0.5 * x @ x - c @ x), f"f(x) with {said}")
    grad = named(lambda x: M.T @ np.exp(M @ x) + x - c, f"grad(x) = Mᵀexp(Mx) + x − c with {said}")
    hess = named(
        lambda x: M.T @ (np.exp(M @ x)[:, None] * M) + np.eye(len(c)),
        f"hess(x) = Mᵀ diag(exp(Mx)) M + I with {said}",
    )
    hess.dimension = len(c)
    return f, grad, hess


SMOOTH = [
    exp_family(np.array([[1.0, 0.5], [-0.5, 1.0], [0.3, -1.0]]), np.array([1.0, -0.5])),
    exp_family(
        np.array([[1.0, 0.5, 0.0], [-0.5, 1.0, 0.5], [0.3, -1.0, 1.0], [0.0, 0.5, -1.0]]),
        np.array([1.0, -0.5, 2.0]),
    ),
]


@st.composite
def smooth_runs(draw: st.DrawFn):
    _, grad, hess = draw(st.sampled_from(SMOOTH))
    n = hess.dimension
    x0 = np.array(draw(st.lists(st.floats(-3, 3), min_size=n, max_size=n)))
    return grad, hess, x0, draw(st.sampled_from([1e-4, 1e-8])), draw(st.integers(0, 8))


SMOOTH_CASES = [
    (grad, hess, np.full(hess.dimension, start), 1e-8, 8)
    for _, grad, hess in SMOOTH
    for start in (2.0, -3.0)
]


def minimizer(f, grad, hess) -> np.ndarray:
    """x* by SciPy's trust-region Newton, to a gradient of about 1e-12."""
    n = hess.dimension
    found = minimize(
        f, np.zeros(n), jac=grad, hess=hess, method="trust-exact", options={"gtol": 1e-13}
    )
    return found.x


STARTS = [2.0, -3.0, 0.5]


def quadratic_convergence(learner) -> Mismatch | None:
    for f, grad, hess in SMOOTH:
        x_star = minimizer(f, grad, hess)
        for start in STARTS:
            x0 = np.full(hess.dimension, start)
            xs = as_array(learner.call(SIGNATURE, grad, hess, x0, 1e-10, 30))
            errors = [float(np.linalg.norm(x - x_star)) for x in xs.reshape(len(xs), -1)]
            inputs = {"grad": grad, "hess": hess, "x0": x0, "tol": 1e-10, "max_iter": 30}
            call = f"newton(grad, hess, x0={shown(x0)}, tol=1e-10, max_iter=30)"
            listed = ", ".join(f"{e:.2e}" for e in errors)
            for k, (e, e_next) in enumerate(itertools.pairwise(errors)):
                if ROUNDING <= e <= NEAR and e_next > RATE * e**2:
                    return Mismatch(
                        f"not quadratic convergence: e_{k} = {e:.3g} but e_{k + 1} = "
                        f"{e_next:.3g} > {RATE:g}·e_{k}² = {RATE * e**2:.3g}",
                        detail=f"errors ‖x_k − x*‖ along your trajectory: {listed}",
                        call=call,
                        inputs=inputs,
                    )
            if errors[-1] > 1e-8:
                return Mismatch(
                    f"your last point is {errors[-1]:.3g} from the minimizer x* = {shown(x_star)}; "
                    "it should be within 1e-8",
                    detail=f"errors ‖x_k − x*‖ along your trajectory: {listed}",
                    call=call,
                    inputs=inputs,
                )
    return None


CHECKS = [
    Call(
        SIGNATURE,
        name="newton on quadratics",
        inputs=quadratic_runs(),
        expected=reference_newton,
        compare=trajectory,
        cases=QUADRATIC_CASES,
    ),
    Call(
        SIGNATURE,
        name="newton on a smooth convex function",
        inputs=smooth_runs(),
        expected=reference_newton,
        compare=trajectory,
        cases=SMOOTH_CASES,
        examples=40,
    ),
    Behaviour(
        "quadratic convergence",
        quadratic_convergence,
        needs=(SIGNATURE,),
        examples=len(SMOOTH) * len(STARTS),
    ),
]
