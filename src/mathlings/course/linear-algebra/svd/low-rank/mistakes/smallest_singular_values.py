"""You kept the k smallest singular values; A_k keeps the k largest, and np.linalg.svd already
returns σ in descending order, so take U[:, :k], σ[:k] and Vᵀ[:k].
"""

import numpy as np


def best_rank_k(A, k):
    U, sigma, Vt = np.linalg.svd(A, full_matrices=False)
    keep = np.argsort(sigma)[:k]  # argsort is ascending: these are the smallest
    return U[:, keep] @ np.diag(sigma[keep]) @ Vt[keep, :]
