"""You weighted the samples by σ(mᵢ); the second derivative of log(1 + e^(−m)) is
σ(m)(1 − σ(m)), the derivative of the sigmoid: ∇²L = (1/n) Xᵀ diag(σ(mᵢ)(1 − σ(mᵢ))) X.
"""

import numpy as np


def logistic_hessian(X, y, w):
    n = X.shape[0]
    p = sigmoid(y * (X @ w))
    return (X.T * p) @ X / n
