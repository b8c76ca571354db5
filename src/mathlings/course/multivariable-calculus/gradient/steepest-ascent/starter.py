import numpy as np


def directional_derivative(f, x, u, h):
    """D_û f(x) ≈ (f(x + h û) − f(x − h û)) / (2h), û = u / ‖u‖."""
    raise NotImplementedError("write directional_derivative(f, x, u, h)")


def numerical_gradient(f, x, h):
    """∇f(x) by central differences along each coordinate axis, shape (d,)."""
    raise NotImplementedError("write numerical_gradient(f, x, h)")


def steepest_direction(f, x, directions, h):
    """(u, rate, angle): the best unit direction among the rows, its rate, its angle to ∇f."""
    raise NotImplementedError("write steepest_direction(f, x, directions, h)")
