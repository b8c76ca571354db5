"""The missing entries of R are NaN, and they reached your arithmetic (an SVD that does not
converge, or NaN in the answer): use R only where mask is True, e.g. X = np.where(mask, R, fill),
and put the model's values only where mask is False.
"""

import numpy as np


def complete(R, mask, k):
    X = np.where(mask, R, np.nanmean(R, axis=0))
    for _ in range(200):
        U, sigma, Vt = np.linalg.svd(X, full_matrices=False)
        L = U[:, :k] @ np.diag(sigma[:k]) @ Vt[:k, :]
        X = np.where(mask, L, R)  # swapped: model where observed, R (NaN) where missing
    return X
