"""You moved every entry of x by h at once (x + h), which measures the slope along (1, 1, …, 1) in
each entry; move one coordinate at a time, x + h eᵢ with eᵢ the i-th unit vector.
"""

import numpy as np


def numerical_gradient(f, x, h=1e-6):
    x = np.asarray(x, dtype=float)
    grad = np.zeros_like(x)
    for i in range(x.size):
        grad[i] = (f(x + h) - f(x - h)) / (2 * h)
    return grad
