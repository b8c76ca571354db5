"""Your w leaves out the labels: stationarity in w gives w = Σᵢ αᵢ yᵢ xᵢ, not Σᵢ αᵢ xᵢ."""

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
        constraints=[{"type": "eq", "fun": lambda alpha: alpha @ y, "jac": lambda alpha: y}],
        options={"ftol": 1e-14},
    )
    alpha = result.x
    w = alpha @ X
    support = np.flatnonzero(alpha > 1e-6)
    b = np.mean(y[support] - X[support] @ w)
    return w, b, support
