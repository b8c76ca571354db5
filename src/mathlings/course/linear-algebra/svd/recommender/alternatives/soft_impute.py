import numpy as np


def complete(R, mask, k, shrink=0.05, rounds=400):
    """Soft impute: shrink every singular value by a little, keep at most k, refill the missing
    entries; returns the low-rank model L (not R) everywhere."""
    observed = np.nan_to_num(R) * mask
    X = observed.copy()  # missing entries start at 0
    L = X
    for _ in range(rounds):
        U, s, Vt = np.linalg.svd(X, full_matrices=False)
        s = np.maximum(s - shrink, 0.0)
        s[k:] = 0.0
        L = (U * s) @ Vt
        X = observed + L * ~mask
    return L
