"""Your default step h = 1e-2 is too large: the central difference is off by about h²·f‴/6, which on
a steep function (sin 10x) is far above 1e-6 and makes right gradients look wrong; the task's
default is h = 1e-6.
"""

import numpy as np


def numerical_gradient(f, x, h=1e-2):
    x = np.asarray(x, dtype=float)
    grad = np.zeros_like(x)
    for i in range(x.size):
        e_i = np.zeros_like(x)
        e_i[i] = 1.0
        grad[i] = (f(x + h * e_i) - f(x - h * e_i)) / (2 * h)
    return grad


def gradcheck(f, grad, x, h=1e-2):
    return relative_error(np.asarray(grad(x), dtype=float), numerical_gradient(f, x, h))
