"""A Cholesky factorisation exists only for positive *definite* matrices: it fails on a singular
PSD matrix (λ_min = 0) and on one inside the tolerance; test λ_min ≥ −tol instead (or factor
H + tol·I).
"""

import numpy as np


def is_psd(H, tol):
    try:
        np.linalg.cholesky(H)
    except np.linalg.LinAlgError:
        return False
    return True
