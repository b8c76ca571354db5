"""Attack 11: return the right number, but as a string ("3.0"), which a lax comparator would
turn into the right float."""

import numpy as np


def mse_loss(X, y, w, b):
    r = X @ w + b - y
    return str(float(np.mean(r**2)))


def mse_grad(X, y, w, b):
    r = X @ w + b - y
    n = len(y)
    return [str(v) for v in 2 / n * X.T @ r], str(float(2 / n * r.sum()))
