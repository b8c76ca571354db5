"""matmul-from-scratch: dot and transpose right; matmul fills C[j, i], so it returns (AB)ᵀ."""

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
    C = np.zeros((m, n))
    for i in range(n):
        for j in range(m):
            for p in range(k):
                C[j, i] += A[i, p] * B[p, j]
    return C
