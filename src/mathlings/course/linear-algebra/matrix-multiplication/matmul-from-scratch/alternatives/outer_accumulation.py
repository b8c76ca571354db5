import numpy as np


def dot(u, v):
    """Elementwise products, added by Python's built-in sum."""
    return sum(u * v) if len(u) else 0.0


def transpose(A):
    At = np.zeros_like(A, shape=(A.shape[1], A.shape[0]))
    for i, row in enumerate(A):
        At[:, i] = row
    return At


def matmul(A, B):
    """AB as a sum of rank-one pieces: column p of A times row p of B."""
    n, k = A.shape
    C = np.zeros((n, B.shape[1]))
    for p in range(k):
        for i in range(n):
            C[i, :] += A[i, p] * B[p, :]
    return C
