"""Your gradient's weight e^(−m) / (1 + e^(−m)) is inf / inf = nan at large negative margins; it is
σ(−m) = 1 / (1 + e^m), to be computed from e^(−|m|) so that nothing overflows.
"""

import numpy as np


def logistic(X, y, w):
    n = X.shape[0]
    m = y * (X @ w)
    loss = np.mean(softplus(-m))
    weight = np.exp(-m) / (1 + np.exp(-m))
    grad = -(X.T @ (weight * y)) / n
    return float(loss), grad
