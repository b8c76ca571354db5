import numpy as np


def mse_loss(X, y, w, b):
    """L = (1/n) Σᵢ (xᵢ·w + b − yᵢ)² = (1/n) ‖r‖², with the residual r = Xw + b − y."""
    n = X.shape[0]
    r = X @ w + b - y
    return float(r @ r / n)


def mse_grad(X, y, w, b):
    """∂L/∂w = (2/n) Xᵀr and ∂L/∂b = (2/n) Σᵢ rᵢ, with r = Xw + b − y.

    Chain rule on each term rᵢ²: its derivative is 2rᵢ · ∂rᵢ/∂w = 2rᵢ xᵢ, and ∂rᵢ/∂b = 1.
    Summing rᵢ xᵢ over the rows is Xᵀr, a d-vector like w.
    """
    n = X.shape[0]
    r = X @ w + b - y
    dw = (2 / n) * (X.T @ r)
    db = (2 / n) * float(np.sum(r))
    return dw, db
