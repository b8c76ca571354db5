"""You put np.diag(σ) into Σ[:m, :m], which fits only a wide A (m ≤ n); for a tall A, σ has n
entries: fill Σ[:p, :p] with p = min(m, n), or use np.linalg.svd(A, full_matrices=False).
"""

import numpy as np


def best_rank_k(A, k):
    m, n = A.shape
    U, sigma, Vt = np.linalg.svd(A)
    Sigma = np.zeros((m, n))
    Sigma[:m, :m] = np.diag(sigma)
    Sigma[k:, k:] = 0.0
    return U @ Sigma @ Vt
