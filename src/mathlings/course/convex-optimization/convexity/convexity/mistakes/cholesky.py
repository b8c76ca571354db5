"""You tested positive *definite* (λ_min > 0, or a Cholesky factorisation, which exists only
then): that fails on a singular PSD matrix (λ_min = 0) and on one inside the tolerance; PSD is
λ_min ≥ −tol.
"""

import numpy as np


def is_psd(H, tol):
    try:
        np.linalg.cholesky(H)
    except np.linalg.LinAlgError:
        return False
    return True
