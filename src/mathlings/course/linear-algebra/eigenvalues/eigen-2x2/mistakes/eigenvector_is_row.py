"""You returned the row (a − λ, b) of A − λI; an eigenvector solves (A − λI)v = 0, so it is
orthogonal to that row: v = (b, λ − a), normalised.
"""

import cmath

import numpy as np


def eigenvector_2x2(A, lam):
    (a, b), (c, d) = A
    if b != 0 or a != lam:
        v = np.array([a - lam, b])
    elif c != 0 or d != lam:
        v = np.array([c, d - lam])
    else:
        v = np.array([1.0, 0.0])
    return v / np.linalg.norm(v)
