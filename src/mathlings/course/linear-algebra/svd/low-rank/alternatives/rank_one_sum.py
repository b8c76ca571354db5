import math

import numpy as np


def best_rank_k(A, k):
    """A_k as a sum of k rank-one layers σᵢ uᵢ vᵢᵀ, returned as nested lists."""
    U, s, Vt = np.linalg.svd(A)
    A_k = np.zeros(A.shape)
    for i in range(k):
        A_k += s[i] * np.outer(U[:, i], Vt[i])
    return A_k.tolist()


def rank_k_error(A, k):
    s = np.linalg.svd(A, compute_uv=False)
    return math.sqrt(sum(x * x for x in s[k:]))
