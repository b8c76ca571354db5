"""The reference with the support returned as a set of NumPy integers (the task allows a set)."""

import numpy as np
from scipy.optimize import minimize


def svm_dual(X: np.ndarray, y: np.ndarray):
    """Hard-margin linear SVM through its dual:

        maximize  Σᵢ αᵢ − ½ Σᵢⱼ αᵢαⱼ yᵢyⱼ xᵢᵀxⱼ   subject to  αᵢ ≥ 0,  Σᵢ αᵢyᵢ = 0

    then w = Σᵢ αᵢyᵢxᵢ. Complementary slackness, αᵢ (yᵢ(wᵀxᵢ + b) − 1) = 0, says αᵢ > 0 only on
    the margin: those i are the support vectors, and each gives b = yᵢ − wᵀxᵢ (averaged).
    """
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
    w = (alpha * y) @ X
    support = np.flatnonzero(alpha > 1e-6)
    b = np.mean(y[support] - X[support] @ w)
    return w, b, set(support)
