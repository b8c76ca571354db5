import numpy as np


def dot(u, v):
    """u · v = Σᵢ uᵢ vᵢ"""
    total = 0.0
    for i in range(len(u)):
        total += u[i] * v[i]
    return total


def transpose(A):
    """Aᵀ[j, i] = A[i, j]"""
    n, m = A.shape
    At = np.zeros((m, n))
    for i in range(n):
        for j in range(m):
            At[j, i] = A[i, j]
    return At


def matmul(A, B):
    """C = AB, C[i, j] = Σₖ A[i, k] B[k, j]: row i of A dotted with column j of B."""
    n, k = A.shape
    k_b, m = B.shape
    assert k == k_b, f"inner dimensions differ: {A.shape} times {B.shape}"
    C = np.zeros((n, m))
    for i in range(n):
        for j in range(m):
            C[i, j] = dot(A[i, :], B[:, j])
    return C
