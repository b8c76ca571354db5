"""Your cos θ is u·∇f without dividing by ‖∇f‖: the angle between two vectors comes from
cos θ = u·∇f / (‖u‖ ‖∇f‖), and u is a unit vector, so divide by ‖∇f‖."""

import numpy as np


def steepest_direction(f, x, directions, h):
    rates = [directional_derivative(f, x, row, h) for row in directions]
    best = int(np.argmax(rates))
    u = directions[best] / np.linalg.norm(directions[best])
    grad = numerical_gradient(f, x, h)
    angle = float(np.arccos(np.clip(u @ grad, -1.0, 1.0)))
    return u, rates[best], angle
