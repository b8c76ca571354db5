import numpy as np


def best_rank_k(A, k):
    """Project the columns of A onto the top-k left singular vectors: A_k = U_k U_kᵀ A."""
    U, _, _ = np.linalg.svd(A, full_matrices=False)
    U_k = U[:, :k]
    return U_k @ (U_k.T @ A)


def rank_k_error(A, k):
    """Energy not kept: ‖A‖_F² − Σ_{i≤k} σᵢ² = Σ_{i>k} σᵢ² (clipped at 0 against rounding)."""
    s = np.linalg.svd(A, compute_uv=False)
    lost = np.linalg.norm(A) ** 2 - np.sum(s[:k] ** 2)
    return np.sqrt(max(lost, 0.0))
