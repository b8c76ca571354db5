"""You squared the mean residual, ((1/n) Σᵢ rᵢ)²; the MSE is the mean of the squares,
(1/n) Σᵢ rᵢ².
"""

import numpy as np


def mse_loss(X, y, w, b):
    r = X @ w + b - y
    return float(np.mean(r) ** 2)


def mse_grad(X, y, w, b):
    n = X.shape[0]
    r = X @ w + b - y
    dw = (2 / n) * X.T @ r
    db = (2 / n) * float(np.sum(r))
    return dw, db
