"""matmul-from-scratch: the result array is an int array, so each entry loses its fraction."""

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
    C = np.zeros((n, m), dtype=int)
    for i in range(n):
        for j in range(m):
            C[i, j] = dot(A[i, :], B[:, j])
    return C
