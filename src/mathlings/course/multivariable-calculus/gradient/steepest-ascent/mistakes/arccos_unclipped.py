"""Your angle is NaN when u is parallel to the gradient: rounding puts u·∇f / ‖∇f‖ a hair outside
[−1, 1] and arccos is NaN there; clip the cosine into [−1, 1] first (np.clip(c, -1, 1))."""

import numpy as np


def steepest_direction(f, x, directions, h):
    rates = [directional_derivative(f, x, row, h) for row in directions]
    best = int(np.argmax(rates))
    u = directions[best] / np.linalg.norm(directions[best])
    grad = numerical_gradient(f, x, h)
    angle = float(np.arccos(u @ grad / np.linalg.norm(grad)))
    return u, rates[best], angle
