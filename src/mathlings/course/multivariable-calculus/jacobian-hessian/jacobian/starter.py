import numpy as np


def affine_jacobian(W, b, x):
    """The Jacobian of f(x) = Wx + b at x, shape (m, n)."""
    raise NotImplementedError("write affine_jacobian(W, b, x)")


def tanh_jacobian(x):
    """The Jacobian of f(x) = tanh(x) (entry by entry) at x, shape (n, n)."""
    raise NotImplementedError("write tanh_jacobian(x)")


def softmax_jacobian(z):
    """The Jacobian of s = softmax(z) at z, shape (n, n)."""
    raise NotImplementedError("write softmax_jacobian(z)")


def layer_jacobian(W, b, x):
    """The Jacobian of f(x) = tanh(Wx + b) at x, shape (m, n)."""
    raise NotImplementedError("write layer_jacobian(W, b, x)")
