import numpy as np


def quadratic_hessian(A, b, x):
    """The Hessian of f(x) = ½ xᵀAx + bᵀx at x, shape (n, n)."""
    raise NotImplementedError("write quadratic_hessian(A, b, x)")


def logsumexp_hessian(x):
    """The Hessian of f(x) = log Σᵢ exp(xᵢ) at x, shape (n, n)."""
    raise NotImplementedError("write logsumexp_hessian(x)")


def rosenbrock_hessian(p):
    """The Hessian of f(x, y) = (1 − x)² + 100(y − x²)² at p = (x, y), shape (2, 2)."""
    raise NotImplementedError("write rosenbrock_hessian(p)")


def classify(H):
    """"minimum", "maximum", "saddle" or "degenerate", from the eigenvalues of H."""
    raise NotImplementedError("write classify(H)")
