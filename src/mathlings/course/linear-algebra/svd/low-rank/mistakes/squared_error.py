"""You returned Σ_{i>k} σᵢ², the squared error; ‖A − A_k‖_F is its square root:
sqrt(Σ_{i>k} σᵢ²).
"""

import numpy as np


def best_rank_k(A, k):
    U, sigma, Vt = np.linalg.svd(A, full_matrices=False)
    return U[:, :k] @ np.diag(sigma[:k]) @ Vt[:k, :]


def rank_k_error(A, k):
    sigma = np.linalg.svd(A, compute_uv=False)
    return float(np.sum(sigma[k:] ** 2))
