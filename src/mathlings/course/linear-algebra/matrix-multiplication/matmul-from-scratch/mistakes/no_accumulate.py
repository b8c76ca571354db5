"""You assign C[i, j] = A[i, k] * B[k, j] inside the k-loop instead of adding to it (+=), so only
the last product survives.
"""

import numpy as np


def matmul(A, B):
    n, k = A.shape
    m = B.shape[1]
    C = np.zeros((n, m))
    for i in range(n):
        for j in range(m):
            for p in range(k):
                C[i, j] = A[i, p] * B[p, j]
    return C
