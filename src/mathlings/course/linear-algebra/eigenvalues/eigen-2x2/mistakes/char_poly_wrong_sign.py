"""Your characteristic polynomial has the wrong signs: det(A − λI) = λ² − tr(A) λ + det(A), so the
coefficients are (1, −tr A, det A), not (1, tr A, det A).
"""

import cmath

import numpy as np


def char_poly(A):
    (a, b), (c, d) = A
    return (1.0, a + d, a * d - b * c)


def eigenvalues_2x2(A):
    _, p, q = char_poly(A)
    root = cmath.sqrt(p**2 - 4 * q)
    first, second = (-p + root) / 2, (-p - root) / 2
    if root.imag == 0:
        return tuple(sorted((first.real, second.real), reverse=True))
    return (first, second)


def eigenvector_2x2(A, lam):
    (a, b), (c, d) = A
    if b != 0 or a != lam:
        v = np.array([b, lam - a])
    elif c != 0 or d != lam:
        v = np.array([lam - d, c])
    else:
        v = np.array([1.0, 0.0])
    return v / np.linalg.norm(v)
