import numpy as np


def gradient_descent(grad, x0, lr, tol, max_iter):
    """[x_0, ..., x_K]: x_{k+1} = x_k − lr · ∇f(x_k), until ‖∇f(x_k)‖ ≤ tol or K = max_iter."""
    raise NotImplementedError("write gradient_descent(grad, x0, lr, tol, max_iter)")


def largest_stable_step(A):
    """The largest stable learning rate of gradient descent on ½xᵀAx − bᵀx."""
    raise NotImplementedError("write largest_stable_step(A)")
