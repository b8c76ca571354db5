"""U_k scaled column by column instead of np.diag, Vᵀ from the full SVD sliced to k rows, and the
error as a dot product of the discarded σ with themselves (a NumPy scalar, not a float)."""

import numpy as np


def best_rank_k(A, k):
    U, s, Vt = np.linalg.svd(A)
    return (U[:, :k] * s[:k]) @ Vt[:k]


def rank_k_error(A, k):
    s = np.linalg.svd(A, compute_uv=False)
    return np.sqrt(s[k:] @ s[k:])
