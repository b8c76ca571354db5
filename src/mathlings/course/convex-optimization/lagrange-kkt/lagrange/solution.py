import numpy as np


def solve_kkt(Q: np.ndarray, c: np.ndarray, A: np.ndarray, b: np.ndarray):
    """min ½xᵀQx + cᵀx s.t. Ax = b, with L(x, λ) = ½xᵀQx + cᵀx + λᵀ(Ax − b).

    ∇ₓL = Qx + c + Aᵀλ = 0 and Ax = b, one linear system:

        [[Q, Aᵀ], [A, 0]] [x; λ] = [−c; b]
    """
    n = Q.shape[0]
    m = A.shape[0]
    K = np.block([[Q, A.T], [A, np.zeros((m, m))]])
    rhs = np.concatenate([-c, b])
    z = np.linalg.solve(K, rhs)
    x = z[:n]
    lam = z[n:]
    return x, lam
