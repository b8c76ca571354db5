"""Checks for gd-nd: the trajectory against the checker's own loop on quadratics and on a smooth
non-quadratic function, largest_stable_step(A) against 2/λ_max by NumPy, then the edge of stability
seen: gradient descent at 0.99 times the learner's step converges and at 1.01 times diverges."""

from collections.abc import Callable

import numpy as np
from hypothesis import strategies as st

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

GD = "gradient_descent(grad, x0, lr, tol, max_iter)"
STEP = "largest_stable_step(A)"
SAME = close(rtol=1e-9, atol=1e-9)
EDGE_STEPS = 3000
BELOW, ABOVE = 0.99, 1.01
SHRINK, GROW = 1e-6, 1e6  # final distance / starting distance for "converges" and "diverges"


def descend(grad, x0, lr, tol, max_iter):
    """The checker's loop: test ‖∇f(x_k)‖ ≤ tol, else x_{k+1} = x_k − η∇f(x_k)."""
    x = np.array(x0, dtype=float)
    xs = [x]
    for _ in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) <= tol:
            break
        x = x - lr * g
        xs.append(x)
    return np.array(xs)


trajectory = trajectory_of(SAME)


# --- quadratics ½xᵀAx − bᵀx ---------------------------------------------------------------------


def quadratic_grad(A: np.ndarray, b: np.ndarray) -> Callable:
    return named(lambda x: A @ x - b, f"grad(x) = Ax − b with A = {shown(A)}, b = {shown(b)}")


@st.composite
def spd_matrices(draw: st.DrawFn, high: int = 4) -> np.ndarray:
    """A = MᵀM + I with whole numbers in M: symmetric positive definite, eigenvalues ≥ 1."""
    n = draw(st.integers(1, high))
    whole = st.integers(-2, 2).map(float)
    M = np.array(draw(st.lists(whole, min_size=n * n, max_size=n * n))).reshape(n, n)
    return M.T @ M + np.eye(n)


@st.composite
def quadratic_runs(draw: st.DrawFn):
    A = draw(spd_matrices())
    n = len(A)
    b = np.array(draw(st.lists(st.integers(-3, 3).map(float), min_size=n, max_size=n)))
    x0 = np.array(draw(st.lists(st.floats(-5, 5), min_size=n, max_size=n)))
    fraction = draw(st.floats(0.05, 1.2))
    lr = fraction * 2 / np.linalg.eigvalsh(A).max()
    tol = draw(st.sampled_from([1e-1, 1e-3, 1e-6]))
    return quadratic_grad(A, b), x0, lr, tol, draw(st.integers(0, 40))


A2 = np.array([[2.0, 1.0], [1.0, 3.0]])
A3 = np.array([[3.0, 1.0, 0.0], [1.0, 2.0, 1.0], [0.0, 1.0, 4.0]])
QUADRATIC_CASES = [
    (quadratic_grad(A2, np.array([1.0, 2.0])), np.array([4.0, -3.0]), 0.3, 1e-6, 40),
    (quadratic_grad(A2, np.array([1.0, 2.0])), np.array([4.0, -3.0]), 0.3, 1e-6, 0),
    (quadratic_grad(A2, np.array([1.0, 2.0])), np.array([4.0, -3.0]), 0.1, 1e-3, 5),
    (quadratic_grad(A3, A3 @ np.array([1.0, -1.0, 2.0])), np.array([1.0, -1.0, 2.0]), 0.2, 0.0, 3),
    (quadratic_grad(A3, np.zeros(3)), np.zeros(3), 0.2, 0.0, 4),
    (quadratic_grad(np.array([[4.0]]), np.array([2.0])), np.array([-7.0]), 0.1, 1e-1, 40),
]


# --- a smooth non-quadratic function Σⱼ log(1 + exp(mⱼ·x)) + ½‖x − c‖² ---------------------------

M = np.array([[1.0, 0.5, 0.0], [-0.5, 1.0, 0.5], [0.3, -1.0, 1.0], [0.0, 0.5, -1.0]])
C = np.array([1.0, -0.5, 2.0])
SOFTPLUS = named(
    lambda x: M.T @ (1 / (1 + np.exp(-(M @ x)))) + x - C,
    f"grad(x) = Mᵀσ(Mx) + x − c with M = {shown(M)}, c = {shown(C)}, σ(t) = 1/(1 + e^−t)",
)


@st.composite
def softplus_runs(draw: st.DrawFn):
    x0 = np.array(draw(st.lists(st.floats(-3, 3), min_size=3, max_size=3)))
    lr = draw(st.floats(0.05, 1.0))
    tol = draw(st.sampled_from([1e-1, 1e-3, 1e-6]))
    return SOFTPLUS, x0, lr, tol, draw(st.integers(0, 40))


# --- the largest stable step --------------------------------------------------------------------


def two_over_lambda_max(A):
    return float(2 / np.linalg.eigvalsh(A).max())


EDGE_MATRICES = [
    np.array([[2.0, 1.0], [1.0, 3.0]]),
    np.array([[10.0, 2.0, 0.0], [2.0, 4.0, 1.0], [0.0, 1.0, 1.0]]),
    np.diag([1.0, 2.0, 5.0, 0.5]),
]


def distance_after(A, b, x0, lr) -> tuple[float, float]:
    """‖x_0 − x*‖ and ‖x_N − x*‖ after N steps of the checker's gradient descent."""
    x_star = np.linalg.solve(A, b)
    x = x0.copy()
    with np.errstate(all="ignore"):
        for _ in range(EDGE_STEPS):
            x = x - lr * (A @ x - b)
        return float(np.linalg.norm(x0 - x_star)), float(np.linalg.norm(x - x_star))


def edge_mistake(A, eta) -> str | None:
    """The catalogued step the learner's η matches, if any."""
    lam = np.linalg.eigvalsh(A)
    for mistake, value in (
        ("one-over-lambda-max", 1 / lam.max()),
        ("two-over-lambda-min", 2 / lam.min()),
        ("frobenius-norm", 2 / np.linalg.norm(A)),
        ("max-diagonal", 2 / np.max(np.diag(A))),
    ):
        if abs(eta - value) <= 1e-9 * abs(value):
            return mistake
    return None


def edge_of_stability(learner) -> Mismatch | None:
    for A in EDGE_MATRICES:
        n = len(A)
        got = learner.call(STEP, A)
        try:
            eta = float(as_array(got).reshape(()))
        except ValueError:
            return Mismatch(f"{STEP} returned {shown(got)}, not one number", got=repr(got)[:200])
        if not np.isfinite(eta) or eta <= 0:
            return Mismatch(f"{STEP} returned {eta:g} for A = {shown(A)}: a learning rate is > 0")
        b = np.arange(1.0, n + 1)
        x0 = np.zeros(n)
        for factor, want in ((BELOW, "converge"), (ABOVE, "diverge")):
            start, end = distance_after(A, b, x0, factor * eta)
            converged = bool(np.isfinite(end)) and end <= SHRINK * start
            diverged = not np.isfinite(end) or end > GROW * start
            if (want == "converge" and converged) or (want == "diverge" and diverged):
                continue
            seen = "converged" if converged else "diverged" if diverged else "did neither"
            return Mismatch(
                f"for A = {shown(A)} your largest_stable_step is {eta:.6g}; gradient descent at "
                f"{factor:g}·{eta:.6g} should {want} but {seen}: after {EDGE_STEPS} steps, "
                f"{end:.3g} from the minimizer (inf or nan: overflow), starting {start:.3g} away",
                detail="On ½xᵀAx − bᵀx each step multiplies the error along an eigenvector of "
                "eigenvalue λ by 1 − ηλ.",
                mistake=edge_mistake(A, eta),
            )
    return None


CHECKS = [
    Call(
        GD,
        name="gradient_descent on quadratics",
        inputs=quadratic_runs(),
        expected=descend,
        compare=trajectory,
        cases=QUADRATIC_CASES,
    ),
    Call(
        GD,
        name="gradient_descent on a smooth function",
        inputs=softplus_runs(),
        expected=descend,
        compare=trajectory,
        cases=[(SOFTPLUS, np.array([2.0, -3.0, 1.0]), 0.5, 1e-6, 40)],
        examples=30,
    ),
    Call(
        STEP,
        inputs=st.tuples(spd_matrices(high=5)),
        expected=two_over_lambda_max,
        compare=close(rtol=1e-9, atol=1e-12),
        cases=[(A,) for A in EDGE_MATRICES],
    ),
    Behaviour("edge of stability", edge_of_stability, needs=(STEP,), examples=len(EDGE_MATRICES)),
]
