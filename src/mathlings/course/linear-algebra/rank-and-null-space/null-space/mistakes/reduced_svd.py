"""You called np.linalg.svd(A, full_matrices=False): when A has fewer rows than columns (m < n)
its Vᵀ has only m rows, so null-space directions are missing; the null space needs the full
n x n Vᵀ, np.linalg.svd(A) (full_matrices=True, the default).
"""

import numpy as np


def null_space(A):
    m, n = A.shape
    U, sigma, Vt = np.linalg.svd(A, full_matrices=False)
    tol = sigma.max(initial=0.0) * max(m, n) * np.finfo(float).eps
    r = int(np.sum(sigma > tol))
    return Vt[r:].T
