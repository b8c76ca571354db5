import numpy as np


def complete(R, mask, k):
    """Hard impute from a zero start, the rank-k model built from k rank-one layers σᵢuᵢvᵢᵀ."""
    known = np.where(mask, R, 0.0)
    X = known.copy()
    for _ in range(400):
        U, s, Vt = np.linalg.svd(X)
        L = sum(s[i] * np.outer(U[:, i], Vt[i]) for i in range(k))
        X = np.where(mask, known, L)
    return X
