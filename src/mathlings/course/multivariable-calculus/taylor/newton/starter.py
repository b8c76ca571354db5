import numpy as np


def newton(grad, hess, x0, tol, max_iter):
    """[x_0, x_1, ..., x_K]: x_{k+1} = x_k + d_k with H(x_k) d_k = −∇f(x_k), until ‖∇f(x_k)‖ ≤ tol."""
    raise NotImplementedError("write newton(grad, hess, x0, tol, max_iter)")
