"""Your dot returns the products uᵢvᵢ one by one; a dot product adds them up into one number."""

import numpy as np


def dot(u, v):
    return np.array([u[i] * v[i] for i in range(len(u))])


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
                C[i, j] += A[i, p] * B[p, j]
    return C
