from collections.abc import Callable

import numpy as np

Function = Callable[[np.ndarray], float]


def directional_derivative(f: Function, x: np.ndarray, u: np.ndarray, h: float) -> float:
    """D_û f(x) ≈ (f(x + h û) − f(x − h û)) / (2h), along the unit vector û = u / ‖u‖."""
    length = np.linalg.norm(u)
    if length == 0:
        raise ValueError("a direction must be a nonzero vector")
    u_hat = u / length
    return (f(x + h * u_hat) - f(x - h * u_hat)) / (2 * h)


def numerical_gradient(f: Function, x: np.ndarray, h: float) -> np.ndarray:
    """∇f(x) ≈ (D_e₁ f, …, D_e_d f): the central difference along each coordinate axis."""
    d = len(x)
    identity = np.eye(d)
    return np.array([directional_derivative(f, x, identity[i], h) for i in range(d)])


def steepest_direction(
    f: Function, x: np.ndarray, directions: np.ndarray, h: float
) -> tuple[np.ndarray, float, float]:
    """The candidate unit direction u with the largest D_u f(x), that rate, and the angle
    between u and ∇f(x), θ = arccos(u·∇f / ‖∇f‖) in [0, π]."""
    rates = [directional_derivative(f, x, row, h) for row in directions]
    best = int(np.argmax(rates))
    u = directions[best] / np.linalg.norm(directions[best])
    grad = numerical_gradient(f, x, h)
    cos_theta = u @ grad / np.linalg.norm(grad)
    angle = float(np.arccos(np.clip(cos_theta, -1.0, 1.0)))
    return u, rates[best], angle
