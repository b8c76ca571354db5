import numpy as np


def quadratic_form_grad(A, x):
    """∇ₓ(xᵀAx) for a square A, any A (not only symmetric ones)."""
    raise NotImplementedError("write quadratic_form_grad(A, x)")


def logsumexp_grad(z):
    """∇ log Σⱼ e^(zⱼ), finite even for entries near 1000."""
    raise NotImplementedError("write logsumexp_grad(z)")


def logistic_loss(X, y, w):
    """L(w) = (1/n) Σᵢ log(1 + e^(−yᵢ xᵢ·w)), finite even for large margins."""
    raise NotImplementedError("write logistic_loss(X, y, w)")


def logistic_loss_grad(X, y, w):
    """∇L(w), shape (d,) like w."""
    raise NotImplementedError("write logistic_loss_grad(X, y, w)")
