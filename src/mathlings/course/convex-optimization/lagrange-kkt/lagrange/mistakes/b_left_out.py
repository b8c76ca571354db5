"""Your right-hand side ends in 0 instead of b, so you solved Ax = 0: the bottom rows of the system
are the constraints Ax = b, with b on the right.
"""

import numpy as np


def solve_kkt(Q, c, A, b):
    n = Q.shape[0]
    m = A.shape[0]
    K = np.block([[Q, A.T], [A, np.zeros((m, m))]])
    z = np.linalg.solve(K, np.concatenate([-c, np.zeros(m)]))
    return z[:n], z[n:]
