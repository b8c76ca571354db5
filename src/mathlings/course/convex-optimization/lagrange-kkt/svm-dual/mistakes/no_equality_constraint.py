"""You dropped the constraint Σᵢ αᵢyᵢ = 0: it comes from ∂L/∂b = 0 and belongs to the dual of an SVM
with an intercept b.
"""

import numpy as np
from scipy.optimize import minimize


def svm_dual(X: np.ndarray, y: np.ndarray):
    n = len(y)
    G = (y[:, None] * X) @ (y[:, None] * X).T  # Gᵢⱼ = yᵢyⱼ xᵢᵀxⱼ

    def negative_dual(alpha):
        return 0.5 * alpha @ G @ alpha - alpha.sum()

    def negative_dual_gradient(alpha):
        return G @ alpha - np.ones(n)

    result = minimize(
        negative_dual,
        np.zeros(n),
        jac=negative_dual_gradient,
        method="SLSQP",
        bounds=[(0.0, None)] * n,
        options={"ftol": 1e-14},
    )
    alpha = result.x
    w = (alpha * y) @ X
    support = np.flatnonzero(alpha > 1e-6)
    b = np.mean(y[support] - X[support] @ w)
    return w, b, support
