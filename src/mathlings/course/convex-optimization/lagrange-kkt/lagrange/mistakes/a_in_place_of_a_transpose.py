"""You put A in the top-right block where Aᵀ belongs: the first n equations are ∇ₓL = Qx + c + Aᵀλ =
0, so the block next to Q is Aᵀ (n x m), not A (m x n).
"""

import numpy as np


def solve_kkt(Q, c, A, b):
    n = Q.shape[0]
    m = A.shape[0]
    K = np.block([[Q, A], [A, np.zeros((m, m))]])
    z = np.linalg.solve(K, np.concatenate([-c, b]))
    return z[:n], z[n:]
