import numpy as np


def best_rank_k(A, k):
    """A_k = Σ_{i≤k} σᵢ uᵢ vᵢᵀ = U_k Σ_k V_kᵀ: the k largest singular triplets, shape (m, n)."""
    U, sigma, Vt = np.linalg.svd(A, full_matrices=False)  # U: m×p, σ: p, Vᵀ: p×n
    U_k = U[:, :k]
    Sigma_k = np.diag(sigma[:k])
    Vt_k = Vt[:k, :]
    return U_k @ Sigma_k @ Vt_k


def rank_k_error(A, k):
    """‖A − A_k‖_F = sqrt(Σ_{i>k} σᵢ²) (Eckart–Young): the discarded singular values."""
    sigma = np.linalg.svd(A, compute_uv=False)
    discarded = sigma[k:]
    return float(np.sqrt(np.sum(discarded**2)))
