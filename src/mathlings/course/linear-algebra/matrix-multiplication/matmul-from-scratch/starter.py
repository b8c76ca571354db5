import numpy as np


def dot(u, v):
    """u · v = Σᵢ uᵢ vᵢ"""
    raise NotImplementedError("write dot(u, v)")


def transpose(A):
    """Aᵀ[j, i] = A[i, j]"""
    raise NotImplementedError("write transpose(A)")


def matmul(A, B):
    """C = AB, C[i, j] = Σₖ A[i, k] B[k, j]"""
    raise NotImplementedError("write matmul(A, B)")
