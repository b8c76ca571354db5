"""You returned the derivatives 1 − tanh²(xᵢ) as a vector; the Jacobian of an elementwise function
is the n × n matrix with them on its diagonal (np.diag) and zeros elsewhere.
"""

import numpy as np


def tanh_jacobian(x):
    return 1.0 - np.tanh(x) ** 2


def layer_jacobian(W, b, x):
    a = W @ x + b
    return np.diag(1.0 - np.tanh(a) ** 2) @ W
