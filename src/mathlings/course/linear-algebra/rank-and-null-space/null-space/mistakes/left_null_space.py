"""You returned a basis of the left null space (vectors y with yᵀA = 0, columns of U, shape
(m, k)); null(A) is the set of x in ℝⁿ with Ax = 0, spanned by rows of Vᵀ.
"""

import numpy as np


def null_space(A):
    r = np.linalg.matrix_rank(A)
    U, sigma, Vt = np.linalg.svd(A)
    return U[:, r:]
