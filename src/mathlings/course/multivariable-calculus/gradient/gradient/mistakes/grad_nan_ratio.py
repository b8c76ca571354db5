"""Your gradient is NaN at a large negative margin: e^(−m)/(1 + e^(−m)) is inf/inf there. The same
number is σ(−m) = 1/(1 + e^m), which stays between 0 and 1 for every m."""

import numpy as np


def logistic_loss_grad(X, y, w):
    n = X.shape[0]
    margins = y * (X @ w)
    weights = np.exp(-margins) / (1.0 + np.exp(-margins))
    return -(X.T @ (y * weights)) / n
