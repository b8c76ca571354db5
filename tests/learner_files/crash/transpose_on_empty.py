"""matmul-from-scratch, right except that transpose reads the row length from A[0], which an
array with no rows does not have."""

import numpy as np


def dot(u, v):
    total = 0.0
    for i in range(len(u)):
        total += u[i] * v[i]
    return total


def transpose(A):
    n, m = len(A), len(A[0])
    T = np.zeros((m, n))
    for i in range(n):
        for j in range(m):
            T[j, i] = A[i, j]
    return T


def matmul(A, B):
    n, k = A.shape
    m = B.shape[1]
    C = np.zeros((n, m))
    for i in range(n):
        for j in range(m):
            for t in range(k):
                C[i, j] += A[i, t] * B[t, j]
    return C
