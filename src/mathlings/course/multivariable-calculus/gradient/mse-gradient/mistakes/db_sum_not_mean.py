"""Your db lacks the 1/n that dw has: ∂L/∂b = (2/n) Σᵢ rᵢ, the mean of 2rᵢ, not their sum."""

import numpy as np


def mse_grad(X, y, w, b):
    n = X.shape[0]
    r = X @ w + b - y
    dw = (2 / n) * X.T @ r
    db = 2 * float(np.sum(r))
    return dw, db
