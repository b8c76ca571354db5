"""You built an n x n matrix over the samples, diag(s) X Xᵀ; the Hessian in w is d x d, a sum of
the outer products xᵢxᵢᵀ: ∇²L = (1/n) Xᵀ diag(s) X.
"""

import numpy as np


def logistic_hessian(X, y, w):
    n = X.shape[0]
    p = sigmoid(y * (X @ w))
    return (X * (p * (1 - p))[:, None]) @ X.T / n
