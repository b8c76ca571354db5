"""Perturb a copy of x in place, one entry at a time, and treat two zero gradients separately."""

import math

import numpy as np

TINY = 1e-12


def numerical_gradient(f, x, h=1e-6):
    point = np.array(x, dtype=float)  # a copy: the caller's x is never touched
    grad = []
    for i in range(len(point)):
        original = point[i]
        point[i] = original + h
        up = f(point)
        point[i] = original - h
        down = f(point)
        point[i] = original
        grad.append((up - down) / (2 * h))
    return grad


def norm(v):
    return math.sqrt(sum(float(t) ** 2 for t in v))


def relative_error(a, b):
    size_a, size_b = norm(a), norm(b)
    if size_a == 0 and size_b == 0:
        return 0.0
    difference = norm([p - q for p, q in zip(a, b, strict=True)])
    return difference / max(size_a, size_b)


def gradcheck(f, grad, x, h=1e-6):
    return relative_error(list(grad(x)), numerical_gradient(f, x, h))


def autograd_gradient(f, x):
    import torch

    point = torch.from_numpy(np.array(x, dtype=np.float64)).requires_grad_()
    (gradient,) = torch.autograd.grad(f(point), point)
    return gradient.tolist()


def autograd_check(f, grad, x):
    return relative_error(list(grad(x)), autograd_gradient(f, x))
