import numpy as np


def dot(u, v):
    acc, i = 0.0, 0
    while i < u.shape[0]:
        acc = acc + u[i] * v[i]
        i += 1
    return acc


def transpose(A):
    out = np.empty((A.shape[1], A.shape[0]))
    for j in range(A.shape[1]):
        out[j, :] = A[:, j]
    return out


def matmul(A, B):
    C = np.zeros((A.shape[0], B.shape[1]))
    for i in range(A.shape[0]):
        for p in range(A.shape[1]):
            a = A[i, p]
            for j in range(B.shape[1]):
                C[i, j] += a * B[p, j]
    return C.tolist()
