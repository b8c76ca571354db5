"""Checks for low-rank: A_k and its Frobenius error against NumPy's SVD, on matrices built with
distinct singular values (so A_k is unique), tall, wide, square and rank-deficient."""

import numpy as np
from hypothesis import strategies as st

from mathlings.checker import Call, close_relative_to, explained, shown
from mathlings.checker import strategies as gen

RTOL = 1e-6  # relative to ‖A‖_F: an SVD from any correct route is far closer than this


@st.composite
def matrix_and_k(draw: st.DrawFn) -> tuple[np.ndarray, int]:
    """(A, k): A = U Σ Vᵀ with distinct whole σ (some possibly 0), and 0 ≤ k ≤ min(m, n)."""
    A, sigma = draw(gen.with_singular_values(low=1, high=5))
    k = draw(st.integers(0, len(sigma)))
    return A, k


def singular_values(A: np.ndarray) -> np.ndarray:
    return np.linalg.svd(A, compute_uv=False)


def optimal_error(A: np.ndarray, k: int) -> float:
    """Eckart–Young: ‖A − A_k‖_F = sqrt(Σ_{i>k} σᵢ²)."""
    return float(np.sqrt(np.sum(singular_values(A)[k:] ** 2)))


def reference_rank_k(A: np.ndarray, k: int) -> np.ndarray:
    U, sigma, Vt = np.linalg.svd(A, full_matrices=False)
    return (U[:, :k] * sigma[:k]) @ Vt[:k]


def within_norm_of_A(explain):
    """‖got − expected‖ ≤ 1e-6·‖A‖_F, shape first; on a failure, `explain` adds a sentence."""
    near = close_relative_to(lambda args: np.linalg.norm(args[0]), "‖A‖_F", RTOL, atol=1e-12)
    return explained(near, explain)


def explain_rank_k(expected: np.ndarray, got: np.ndarray, args: tuple) -> str:
    """How far the learner's matrix is from the best: its rank and its error against the optimum."""
    A, k = args
    sigma = singular_values(A)
    scale = max(float(sigma[0]) if sigma.size else 0.0, 1.0)
    rank = int(np.sum(np.linalg.svd(got, compute_uv=False) > 1e-8 * scale))
    want = int(np.sum(sigma[:k] > 1e-8 * scale))
    error = float(np.linalg.norm(A - got))
    return (
        f"A has singular values σ = {shown(sigma)}. Your matrix has rank {rank} (A_k has rank "
        f"{want}) and ‖A − yours‖_F = {error:.4g}, while the best rank-{k} error is "
        f"sqrt(Σ_{{i>{k}}} σᵢ²) = {optimal_error(A, k):.4g}."
    )


def explain_error(expected: np.ndarray, got: np.ndarray, args: tuple) -> str:
    A, k = args
    sigma = singular_values(A)
    terms = " + ".join(f"{s:.4g}²" for s in sigma[k:]) or "0"
    return (
        f"A has singular values σ = {shown(sigma)}; with k = {k} the discarded ones give "
        f"‖A − A_k‖_F = sqrt({terms}) = {optimal_error(A, k):.4g}."
    )


def tall() -> np.ndarray:
    """3 × 2 with σ = 3, 1: readable by eye."""
    return np.array([[3.0, 0.0], [0.0, 1.0], [0.0, 0.0]])


RANK_ONE = np.outer([1.0, 2.0, 1.0], [1.0, 2.0, 3.0])  # 3 × 3 of rank 1

CHECKS = [
    Call(
        "best_rank_k(A, k)",
        inputs=matrix_and_k(),
        expected=reference_rank_k,
        compare=within_norm_of_A(explain_rank_k),
        cases=[
            (tall(), 0),
            (tall(), 1),
            (tall(), 2),
            (tall().T.copy(), 1),
            (np.array([[5.0]]), 0),
            (np.array([[5.0]]), 1),
            (np.array([[1.0, 2.0, 2.0]]), 1),
            (np.array([[1.0], [2.0], [2.0]]), 1),
            (RANK_ONE, 2),
        ],
    ),
    Call(
        "rank_k_error(A, k)",
        inputs=matrix_and_k(),
        expected=optimal_error,
        compare=within_norm_of_A(explain_error),
        cases=[
            (tall(), 0),
            (tall(), 1),
            (tall(), 2),
            (np.array([[5.0]]), 0),
            (np.array([[5.0]]), 1),
            (np.array([[1.0, 2.0, 2.0]]), 0),
            (RANK_ONE, 1),
        ],
    ),
]
