"""Your basis misses the rows of Vᵀ that have no singular value. When A has fewer rows than
columns (m < n) there are only m singular values, and the last n − m rows of the full n x n Vᵀ
are in the null space too: take every row of Vᵀ past the rank, from np.linalg.svd(A)
(full_matrices=True, the default; with full_matrices=False those rows are not there at all).
"""

import numpy as np


def null_space(A):
    m, n = A.shape
    U, sigma, Vt = np.linalg.svd(A, full_matrices=False)
    tol = sigma.max(initial=0.0) * max(m, n) * np.finfo(float).eps
    r = int(np.sum(sigma > tol))
    return Vt[r:].T
