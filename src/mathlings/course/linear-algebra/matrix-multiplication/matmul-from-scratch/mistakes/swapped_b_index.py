"""You read B[j, k] where the formula has B[k, j]: that multiplies by Bᵀ, which only fits when B is
square.
"""

import numpy as np


def matmul(A, B):
    n, k = A.shape
    m = B.shape[1]
    C = np.zeros((n, m))
    for i in range(n):
        for j in range(m):
            for p in range(k):
                C[i, j] += A[i, p] * B[j, p]
    return C
