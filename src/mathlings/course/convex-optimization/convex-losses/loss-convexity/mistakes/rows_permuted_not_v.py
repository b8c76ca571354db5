"""You permuted the hidden units' rows of W but not their output weights v: a hidden unit is a row
of W together with its entry of v, so swap both, and the second network computes the same function.
"""

import numpy as np


def nonconvex_witness(X, y):
    u, *_ = np.linalg.lstsq(X, y, rcond=None)
    u = 3 * u / np.linalg.norm(u)
    zero = np.zeros_like(u)
    v = np.array([4.0, 0.0])
    return np.array([u, zero]), v, np.array([zero, u]), v, 0.5
