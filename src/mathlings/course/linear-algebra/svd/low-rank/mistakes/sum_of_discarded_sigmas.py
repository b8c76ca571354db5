"""You added up the discarded singular values, Σ_{i>k} σᵢ; the Frobenius error is the root of the
sum of their squares: sqrt(Σ_{i>k} σᵢ²).
"""

import numpy as np


def rank_k_error(A, k):
    sigma = np.linalg.svd(A, compute_uv=False)
    return float(np.sum(sigma[k:]))
