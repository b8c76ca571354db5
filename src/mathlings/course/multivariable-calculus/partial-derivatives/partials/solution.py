from collections.abc import Callable

import numpy as np

# f(x, y) = x²y + sin(xy)
df_dx = "2*x*y + y*cos(x*y)"
df_dy = "x**2 + x*cos(x*y)"

# g(x, y, z) = x·e^(yz) + yz²
dg_dx = "exp(y*z)"
dg_dy = "x*z*exp(y*z) + z**2"
dg_dz = "x*y*exp(y*z) + 2*y*z"


def central_difference(f: Callable[[np.ndarray], float], x: np.ndarray, i: int, h: float) -> float:
    """∂f/∂xᵢ(x) ≈ (f(x + h eᵢ) − f(x − h eᵢ)) / (2h), eᵢ the i-th unit vector."""
    if h <= 0:
        raise ValueError("the step h must be positive")
    e_i = np.zeros(len(x))
    e_i[i] = 1.0
    forward = f(x + h * e_i)
    backward = f(x - h * e_i)
    return (forward - backward) / (2 * h)


def best_step(M3: float, eps: float) -> float:
    """The h that minimises E(h) = M₃h²/6 + ε/h.

    E′(h) = M₃h/3 − ε/h² = 0 gives h³ = 3ε/M₃, so h* = (3ε/M₃)^(1/3).
    """
    if M3 <= 0 or eps <= 0:
        raise ValueError("M3 and eps must be positive")
    return (3 * eps / M3) ** (1 / 3)
