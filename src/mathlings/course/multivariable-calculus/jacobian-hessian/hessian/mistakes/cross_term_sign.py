"""Your mixed derivative has the wrong sign: ∂f/∂y = 200(y − x²), so ∂²f/∂x∂y = −400x."""

import numpy as np


def rosenbrock_hessian(p):
    x, y = p
    return np.array([[2 - 400 * (y - x**2) + 800 * x**2, 400 * x], [400 * x, 200.0]])
