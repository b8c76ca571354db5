"""Your default step h = 1e-10 is too small: f(x ± h eᵢ) agree in all but their last digits, and
rounding (about 1e-16·|f| / h) swamps the difference, so right gradients look wrong; the task's
default is h = 1e-6.
"""

import numpy as np


def numerical_gradient(f, x, h=1e-10):
    x = np.asarray(x, dtype=float)
    grad = np.zeros_like(x)
    for i in range(x.size):
        e_i = np.zeros_like(x)
        e_i[i] = 1.0
        grad[i] = (f(x + h * e_i) - f(x - h * e_i)) / (2 * h)
    return grad


def gradcheck(f, grad, x, h=1e-10):
    return relative_error(np.asarray(grad(x), dtype=float), numerical_gradient(f, x, h))
