import math

import numpy as np


def directional_derivative(f, x, u, h):
    norm = math.sqrt(sum(c * c for c in u))
    if norm == 0.0:
        raise ValueError("u must not be the zero vector")
    step = np.array([h * c / norm for c in u])
    return (f(x + step) - f(x - step)) / (2.0 * h)


def numerical_gradient(f, x, h):
    grad = []
    for i in range(len(x)):
        axis = np.zeros(len(x))
        axis[i] = 1.0
        grad.append(directional_derivative(f, x, axis, h))
    return grad


def steepest_direction(f, x, directions, h):
    best_rate, best_row = -math.inf, None
    for row in directions:
        rate = directional_derivative(f, x, row, h)
        if rate > best_rate:
            best_rate, best_row = rate, row
    u = best_row / np.linalg.norm(best_row)
    g = np.array(numerical_gradient(f, x, h))
    along = float(u @ g)
    across = float(np.linalg.norm(g - along * u))  # the part of ∇f perpendicular to u
    return u, best_rate, math.atan2(across, along)
