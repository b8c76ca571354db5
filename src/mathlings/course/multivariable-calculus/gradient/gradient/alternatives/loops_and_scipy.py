import numpy as np
from scipy.special import expit, softmax


def quadratic_form_grad(A, x):
    """∂/∂xₖ Σᵢⱼ xᵢAᵢⱼxⱼ = Σⱼ Aₖⱼxⱼ + Σᵢ xᵢAᵢₖ, one entry at a time."""
    n = len(x)
    grad = []
    for k in range(n):
        row = sum(A[k, j] * x[j] for j in range(n))
        column = sum(x[i] * A[i, k] for i in range(n))
        grad.append(row + column)
    return grad


def logsumexp_grad(z):
    return softmax(z)


def logistic_loss(X, y, w):
    m = y * (X @ w)
    return float(np.mean(np.maximum(-m, 0.0) + np.log1p(np.exp(-np.abs(m)))))


def logistic_loss_grad(X, y, w):
    m = y * (X @ w)
    return -np.mean((y * expit(-m))[:, None] * X, axis=0)
