"""You solved the unconstrained problem Qx = −c and ignored Ax = b: the constraints and their
multipliers λ belong in one system, [[Q, Aᵀ], [A, 0]] [x; λ] = [−c; b].
"""

import numpy as np


def solve_kkt(Q, c, A, b):
    x = np.linalg.solve(Q, -c)
    lam = np.zeros(A.shape[0])
    return x, lam
