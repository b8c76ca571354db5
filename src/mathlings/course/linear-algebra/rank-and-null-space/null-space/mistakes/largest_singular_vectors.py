"""You took the right singular vectors of the LARGEST singular values (the first rows of Vᵀ), which
span the row space; the null space is spanned by the rows of Vᵀ whose singular values are 0: Vᵀ[r:].
"""

import numpy as np


def null_space(A):
    m, n = A.shape
    r = np.linalg.matrix_rank(A)
    U, sigma, Vt = np.linalg.svd(A)
    k = n - r
    return Vt[:k].T
