"""Your eigenvector points the right way but is not a unit vector: divide it by its length,
v / ‖v‖.
"""

import cmath

import numpy as np


def char_poly(A):
    (a, b), (c, d) = A
    return (1.0, -(a + d), a * d - b * c)


def eigenvalues_2x2(A):
    (a, b), (c, d) = A
    trace = a + d
    det = a * d - b * c
    root = cmath.sqrt(trace**2 - 4 * det)
    first, second = (trace + root) / 2, (trace - root) / 2
    if root.imag == 0:
        return (first.real, second.real)
    return (first, second)


def eigenvector_2x2(A, lam):
    (a, b), (c, d) = A
    if b != 0 or a != lam:
        return np.array([b, lam - a])
    if c != 0 or d != lam:
        return np.array([lam - d, c])
    return np.array([1.0, 0.0])
