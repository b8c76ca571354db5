import numpy as np


def directional_derivative(f, x, u, h):
    u = np.asarray(u, dtype=float)
    if not np.any(u):
        raise ValueError("zero direction")
    unit = u / np.sqrt(u @ u)
    return 0.5 * (f(x + h * unit) - f(x - h * unit)) / h


def numerical_gradient(f, x, h):
    return np.apply_along_axis(lambda e: directional_derivative(f, x, e, h), 1, np.eye(x.size))


def steepest_direction(f, x, directions, h):
    units = directions / np.linalg.norm(directions, axis=1, keepdims=True)
    rates = np.array([directional_derivative(f, x, u, h) for u in units])
    i = rates.argmax()
    g = numerical_gradient(f, x, h)
    cos = np.dot(units[i], g) / np.linalg.norm(g)
    return units[i], float(rates[i]), float(np.arccos(min(1.0, max(-1.0, cos))))
