"""You weighted each sample by σ(m), the probability it is already right; the derivative of
log(1 + e^(−m)) is −e^(−m)/(1 + e^(−m)) = −σ(−m), the probability it is wrong."""

import numpy as np


def logistic_loss_grad(X, y, w):
    n = X.shape[0]
    margins = y * (X @ w)
    weights = np.exp(-np.logaddexp(0.0, -margins))
    return -(X.T @ (y * weights)) / n
