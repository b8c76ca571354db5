"""You returned Σ_{i>k} σᵢ², the squared error; ‖A − A_k‖_F is its square root:
sqrt(Σ_{i>k} σᵢ²).
"""

import numpy as np


def rank_k_error(A, k):
    sigma = np.linalg.svd(A, compute_uv=False)
    return float(np.sum(sigma[k:] ** 2))
