"""You picked the row with the smallest directional derivative, the direction of steepest descent;
steepest ascent is the largest rate, which is along +∇f."""

import numpy as np


def steepest_direction(f, x, directions, h):
    rates = [directional_derivative(f, x, row, h) for row in directions]
    best = int(np.argmin(rates))
    u = directions[best] / np.linalg.norm(directions[best])
    grad = numerical_gradient(f, x, h)
    cos_theta = u @ grad / np.linalg.norm(grad)
    angle = float(np.arccos(np.clip(cos_theta, -1.0, 1.0)))
    return u, rates[best], angle
