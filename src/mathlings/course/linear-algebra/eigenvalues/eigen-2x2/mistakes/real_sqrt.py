"""A negative discriminant means a complex pair: use cmath.sqrt (math.sqrt raises "math domain
error" and np.sqrt gives nan for a negative number).
"""

import math

import numpy as np


def char_poly(A):
    (a, b), (c, d) = A
    return (1.0, -(a + d), a * d - b * c)


def eigenvalues_2x2(A):
    (a, b), (c, d) = A
    trace = a + d
    det = a * d - b * c
    root = math.sqrt(trace**2 - 4 * det)
    return ((trace + root) / 2, (trace - root) / 2)


def eigenvector_2x2(A, lam):
    (a, b), (c, d) = A
    if b != 0 or a != lam:
        v = np.array([b, lam - a])
    elif c != 0 or d != lam:
        v = np.array([lam - d, c])
    else:
        v = np.array([1.0, 0.0])
    return v / np.linalg.norm(v)
