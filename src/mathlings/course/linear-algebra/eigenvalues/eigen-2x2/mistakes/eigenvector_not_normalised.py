"""Your eigenvector points the right way but is not a unit vector: divide it by its length,
v / ‖v‖.
"""

import cmath

import numpy as np


def eigenvector_2x2(A, lam):
    (a, b), (c, d) = A
    if b != 0 or a != lam:
        return np.array([b, lam - a])
    if c != 0 or d != lam:
        return np.array([lam - d, c])
    return np.array([1.0, 0.0])
