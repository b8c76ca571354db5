"""You multiplied the residual along the wrong axis of X: r has one entry per row (n of
them), so dw = (2/n) Xᵀr (X.T @ r, or r @ X), which has d entries like w.
"""

import numpy as np


def mse_grad(X, y, w, b):
    n = X.shape[0]
    r = X @ w + b - y
    dw = (2 / n) * X @ r
    db = (2 / n) * float(np.sum(r))
    return dw, db
