"""You count B's columns as len(B[0]), which fails when B has no rows (inner dimension 0); use
B.shape[1].
"""

import numpy as np


def matmul(A, B):
    n, k = len(A), len(B)
    m = len(B[0])
    C = np.zeros((n, m))
    for i in range(n):
        for j in range(m):
            for p in range(k):
                C[i, j] += A[i, p] * B[p, j]
    return C
