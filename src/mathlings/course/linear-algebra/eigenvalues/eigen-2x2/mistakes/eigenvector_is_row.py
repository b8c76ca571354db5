"""You returned the row (a − λ, b) of A − λI; an eigenvector solves (A − λI)v = 0, so it is
orthogonal to that row: v = (b, λ − a), normalised.
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
        v = np.array([a - lam, b])
    elif c != 0 or d != lam:
        v = np.array([c, d - lam])
    else:
        v = np.array([1.0, 0.0])
    return v / np.linalg.norm(v)
