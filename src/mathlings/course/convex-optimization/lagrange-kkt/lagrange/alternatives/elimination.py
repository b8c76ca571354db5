import numpy as np


def solve_kkt(Q, c, A, b):
    """Eliminate x = −Q⁻¹(c + Aᵀλ); then Ax = b gives (A Q⁻¹ Aᵀ) λ = −(A Q⁻¹ c + b)."""
    Qinv_c = np.linalg.solve(Q, c)
    Qinv_At = np.linalg.solve(Q, A.T)
    S = A @ Qinv_At
    lam = np.linalg.solve(S, -(A @ Qinv_c + b)) if A.shape[0] else np.zeros(0)
    x = -Qinv_c - Qinv_At @ lam
    return x, lam
