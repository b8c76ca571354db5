"""Fold b into the weights: θ = (w, b) and X̃ = [X | 1], so L = (1/n)‖X̃θ − y‖² and
∇θ L = (2/n) X̃ᵀ(X̃θ − y); the last entry is ∂L/∂b. Returns a list and a NumPy scalar."""

import numpy as np


def mse_loss(X, y, w, b):
    residual = np.dot(X, w) + b - y
    return np.mean(np.square(residual))


def mse_grad(X, y, w, b):
    n = len(y)
    X_tilde = np.hstack([X, np.ones((n, 1))])
    theta = np.append(w, b)
    grad = 2.0 / n * np.einsum("ij,i->j", X_tilde, X_tilde @ theta - y)
    return grad[:-1], grad[-1]
