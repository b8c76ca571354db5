"""Your λ has the opposite sign: you used L = f − λᵀ(Ax − b); this task fixes L = f + λᵀ(Ax − b), so
∇ₓL = Qx + c + Aᵀλ = 0.
"""

import numpy as np


def solve_kkt(Q, c, A, b):
    n = Q.shape[0]
    m = A.shape[0]
    K = np.block([[Q, -A.T], [A, np.zeros((m, m))]])
    z = np.linalg.solve(K, np.concatenate([-c, b]))
    return z[:n], z[n:]
