"""Your transpose keeps the shape (n, m); Aᵀ has shape (m, n): make it with np.zeros((m, n))."""

import numpy as np


def dot(u, v):
    return sum(u[i] * v[i] for i in range(len(u)))


def transpose(A):
    n, m = A.shape
    At = np.zeros((n, m))
    for i in range(min(n, m)):
        for j in range(min(n, m)):
            At[j, i] = A[i, j]
    return At


def matmul(A, B):
    n, k = A.shape
    m = B.shape[1]
    C = np.zeros((n, m))
    for i in range(n):
        for j in range(m):
            for p in range(k):
                C[i, j] += A[i, p] * B[p, j]
    return C
