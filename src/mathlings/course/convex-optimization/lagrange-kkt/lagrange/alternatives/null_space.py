import numpy as np
import scipy.linalg


def solve_kkt(Q, c, A, b):
    """x = x₀ + Nv with Ax₀ = b and AN = 0; minimize over v, then λ from Aᵀλ = −(Qx + c)."""
    n = Q.shape[1]
    if A.shape[0] == 0:
        return list(np.linalg.solve(Q, -c)), []
    x0 = np.linalg.lstsq(A, b, rcond=None)[0]
    N = scipy.linalg.null_space(A)
    if N.shape[1]:
        v = np.linalg.solve(N.T @ Q @ N, -N.T @ (Q @ x0 + c))
        x = x0 + N @ v
    else:
        x = x0
    lam = np.linalg.lstsq(A.T, -(Q @ x + c), rcond=None)[0]
    assert x.shape == (n,)
    return list(x), list(lam)
