import numpy as np
import torch

TINY = 1e-12


def numerical_gradient(f, x, h=1e-6):
    """∂f/∂xᵢ ≈ (f(x + h eᵢ) − f(x − h eᵢ)) / (2h) for each i, an array of the shape of x."""
    raise NotImplementedError("write numerical_gradient(f, x, h)")


def relative_error(a, b):
    """‖a − b‖ / max(‖a‖, ‖b‖, TINY), a number."""
    raise NotImplementedError("write relative_error(a, b)")


def gradcheck(f, grad, x, h=1e-6):
    """relative_error(grad(x), numerical_gradient(f, x, h)), a number."""
    raise NotImplementedError("write gradcheck(f, grad, x, h)")


def autograd_gradient(f, x):
    """∇f(x) by torch autograd in float64, an array of the shape of x."""
    raise NotImplementedError("write autograd_gradient(f, x)")


def autograd_check(f, grad, x):
    """relative_error(grad(x), autograd_gradient(f, x)), a number."""
    raise NotImplementedError("write autograd_check(f, grad, x)")
