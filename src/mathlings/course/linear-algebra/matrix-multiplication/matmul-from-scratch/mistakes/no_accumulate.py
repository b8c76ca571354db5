"""You assign C[i, j] = A[i, k] * B[k, j] inside the k-loop instead of adding to it (+=), so only
the last product survives.
"""

import numpy as np


def dot(u, v):
    total = 0.0
    for i in range(len(u)):
        total += u[i] * v[i]
    return total


def transpose(A):
    n, m = A.shape
    At = np.zeros((m, n))
    for i in range(n):
        for j in range(m):
            At[j, i] = A[i, j]
    return At


def matmul(A, B):
    n, k = A.shape
    m = B.shape[1]
    C = np.zeros((n, m))
    for i in range(n):
        for j in range(m):
            for p in range(k):
                C[i, j] = A[i, p] * B[p, j]
    return C
