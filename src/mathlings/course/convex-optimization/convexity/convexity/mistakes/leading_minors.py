"""Sylvester's criterion with leading principal minors tests positive *definite* (all > 0); for
semi-definite all principal minors must be ≥ 0, not just the leading ones ([[0, 0], [0, −1]] has
leading minors 0, 0): test the smallest eigenvalue, λ_min ≥ −tol.
"""

import numpy as np


def is_psd(H, tol):
    H = np.asarray(H)
    return all(np.linalg.det(H[:k, :k]) >= -tol for k in range(1, H.shape[0] + 1))
