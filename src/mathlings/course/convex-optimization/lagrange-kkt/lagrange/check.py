import numpy as np
from hypothesis import strategies as st

from mathlings.checker import Call, close, tuple_of
from mathlings.checker import strategies as gen


def kkt_solution(Q, c, A, b):
    """The exact oracle: [[Q, Aᵀ], [A, 0]] [x; λ] = [−c; b] solved by LAPACK (the tests
    cross-check it with scipy.optimize.minimize, whose own accuracy is only ~1e-6)."""
    n, m = Q.shape[0], A.shape[0]
    K = np.block([[Q, A.T], [A, np.zeros((m, m))]])
    z = np.linalg.solve(K, np.concatenate([-c, b]))
    return z[:n], z[n:]


def full_row_rank(A: np.ndarray) -> np.ndarray:
    """A itself when its smallest singular value is ≥ 0.5, else A + 3[I | 0] (or [I | 0])."""
    m, n = A.shape
    lead = np.eye(m, n)
    for candidate in (A, A + 3 * lead, lead):
        if m == 0 or np.linalg.svd(candidate, compute_uv=False)[-1] >= 0.5:
            return candidate
    return lead


@st.composite
def problems(draw, low: int = 2, high: int = 5):
    """(Q, c, A, b): Q = MᵀM + I (eigenvalues ≥ 1), A m x n of full row rank, 0 ≤ m ≤ n."""
    n = draw(st.integers(low, high))
    m = draw(st.integers(1, n) | st.just(0))
    M = draw(gen.readable_arrays((n, n), 3.0))
    Q = M.T @ M + np.eye(n)
    c = draw(gen.readable_arrays((n,), 5.0))
    A = full_row_rank(draw(gen.readable_arrays((m, n), 3.0)))
    b = draw(gen.readable_arrays((m,), 5.0))
    return Q, c, A, b


TOLERANCE = close(rtol=1e-6, atol=1e-8, allow_column=True)

CASES = [
    # min x² + y² s.t. x + y = 1: x = (½, ½), λ = −1
    (2 * np.eye(2), np.zeros(2), np.array([[1.0, 1.0]]), np.array([1.0])),
    # two constraints on three unknowns, c ≠ 0
    (
        np.diag([1.0, 2.0, 3.0]),
        np.array([1.0, -1.0, 2.0]),
        np.array([[1.0, 0.0, 1.0], [0.0, 1.0, -1.0]]),
        np.array([2.0, 0.0]),
    ),
    # as many constraints as unknowns: Ax = b alone fixes x, λ still from ∇ₓL = 0
    (
        np.array([[2.0, 1.0], [1.0, 3.0]]),
        np.array([1.0, 2.0]),
        np.array([[1.0, 2.0], [0.0, 1.0]]),
        np.array([1.0, -1.0]),
    ),
    # no constraints (m = 0): x = −Q⁻¹c, λ empty
    (np.diag([2.0, 4.0]), np.array([2.0, -4.0]), np.zeros((0, 2)), np.zeros(0)),
]

CHECKS = [
    Call(
        "solve_kkt(Q, c, A, b)",
        inputs=problems(),
        expected=kkt_solution,
        compare=tuple_of(("x", "lam"), TOLERANCE, TOLERANCE),
        cases=CASES,
    ),
]
