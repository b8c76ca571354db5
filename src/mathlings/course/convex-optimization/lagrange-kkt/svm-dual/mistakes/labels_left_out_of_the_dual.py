"""Your dual leaves out the labels: its quadratic term is Σᵢⱼ αᵢαⱼ yᵢyⱼ xᵢᵀxⱼ, so Gᵢⱼ = yᵢyⱼ xᵢᵀxⱼ,
not xᵢᵀxⱼ.
"""

import numpy as np
from scipy.optimize import minimize


def svm_dual(X: np.ndarray, y: np.ndarray):
    n = len(y)
    G = X @ X.T

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
    w = (alpha * y) @ X
    support = np.flatnonzero(alpha > 1e-6)
    b = np.mean(y[support] - X[support] @ w)
    return w, b, support
