"""You counted the null space's dimension as m − rank (rows of A); rank–nullity counts COLUMNS:
k = n − rank(A), since x in Ax = 0 has one entry per column.
"""

import numpy as np


def null_space(A):
    m, n = A.shape
    r = np.linalg.matrix_rank(A)
    U, sigma, Vt = np.linalg.svd(A)
    k = m - r
    return Vt[n - k :].T
