import numpy as np
from scipy.optimize import Bounds, LinearConstraint, minimize


def svm_dual(X, y):
    """The dual by trust-constr with an explicit Hessian; b from the margin's two sides:
    b = −(max over y = −1 of wᵀx + min over y = +1 of wᵀx) / 2."""
    n = len(y)
    G = np.array([[y[i] * y[j] * (X[i] @ X[j]) for j in range(n)] for i in range(n)])
    result = minimize(
        lambda a: 0.5 * a @ G @ a - a.sum(),
        np.full(n, 0.1),
        jac=lambda a: G @ a - 1.0,
        hess=lambda a: G,
        method="trust-constr",
        bounds=Bounds(np.zeros(n), np.full(n, np.inf)),
        constraints=[LinearConstraint(y[None, :], 0.0, 0.0)],
        options={"gtol": 1e-12, "xtol": 1e-14, "maxiter": 5000},
    )
    alpha = result.x
    w = sum(alpha[i] * y[i] * X[i] for i in range(n))
    scores = X @ w
    b = -(scores[y < 0].max() + scores[y > 0].min()) / 2
    support = np.array([i for i in range(n) if alpha[i] > 1e-3 * alpha.max()], dtype=int)
    return w.reshape(2, 1), np.array([b]), support
