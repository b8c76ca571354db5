"""You judged PSD by the diagonal entries; a symmetric matrix with a positive diagonal can still be
indefinite ([[1, 2], [2, 1]] has eigenvalues 3 and −1): test the smallest eigenvalue, λ_min ≥ −tol.
"""

import numpy as np


def is_psd(H, tol):
    return bool(np.all(np.diag(H) >= -tol))
