"""Your gradient has the wrong sign: you took the residual as y − ŷ, but L is built from
r = ŷ − y = Xw + b − y, so dw = (2/n) Xᵀr points the other way.
"""

import numpy as np


def mse_grad(X, y, w, b):
    n = X.shape[0]
    r = y - (X @ w + b)
    dw = (2 / n) * X.T @ r
    db = (2 / n) * float(np.sum(r))
    return dw, db
