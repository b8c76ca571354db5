import numpy as np


def dot(u, v):
    return float(sum(a * b for a, b in zip(u, v)))


def transpose(A):
    rows, cols = A.shape
    return np.array([[A[i, j] for i in range(rows)] for j in range(cols)]).reshape(cols, rows)


def matmul(A, B):
    Bt = transpose(B)
    return np.array([[dot(row, col) for col in Bt] for row in A]).reshape(A.shape[0], B.shape[1])
