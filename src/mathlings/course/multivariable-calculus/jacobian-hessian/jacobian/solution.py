import numpy as np


def affine_jacobian(W, b, x):
    """f(x) = Wx + b has J = W, shape (m, n): ∂fᵢ/∂xⱼ = Wᵢⱼ."""
    return np.array(W, dtype=float)


def tanh_jacobian(x):
    """f(x) = tanh(x) entry by entry has J = diag(1 − tanh²(xᵢ)), shape (n, n)."""
    return np.diag(1.0 - np.tanh(x) ** 2)


def softmax(z):
    """sᵢ = exp(zᵢ) / Σⱼ exp(zⱼ), shifted by max(z) so that exp never overflows."""
    e = np.exp(z - np.max(z))
    return e / np.sum(e)


def softmax_jacobian(z):
    """∂sᵢ/∂zⱼ = sᵢ(δᵢⱼ − sⱼ), so J = diag(s) − s sᵀ, shape (n, n)."""
    s = softmax(z)
    return np.diag(s) - np.outer(s, s)


def layer_jacobian(W, b, x):
    """f(x) = tanh(Wx + b) has J = diag(1 − tanh²(Wx + b)) W, shape (m, n) (chain rule)."""
    return tanh_jacobian(W @ x + b) @ W
