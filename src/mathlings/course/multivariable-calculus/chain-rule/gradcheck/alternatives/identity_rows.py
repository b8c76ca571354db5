"""The steps h·eᵢ are the rows of h·I; the error is a NumPy scalar."""

import numpy as np
import torch


def numerical_gradient(f, x, h=1e-6):
    steps = h * np.eye(len(x))
    return np.array([f(x + step) - f(x - step) for step in steps]) / (2 * h)


def relative_error(a, b):
    a, b = np.ravel(a), np.ravel(b)
    scale = np.maximum(np.linalg.norm(a), np.linalg.norm(b))
    return np.linalg.norm(a - b) / np.maximum(scale, 1e-30)


def gradcheck(f, grad, x, h=1e-6):
    numerical = numerical_gradient(f, x, h=h)
    return relative_error(grad(x), numerical)


def autograd_gradient(f, x):
    leaf = torch.tensor(x, dtype=torch.float64, requires_grad=True)
    f(leaf).backward()
    return leaf.grad  # a tensor crosses as an array


def autograd_check(f, grad, x):
    return relative_error(grad(x), autograd_gradient(f, x).numpy())
