import cmath
import math

import numpy as np


def char_poly(A):
    """det(A − λI) = λ² − tr(A) λ + det(A): the coefficients (1, −tr A, det A)."""
    (a, b), (c, d) = A
    trace = a + d
    det = a * d - b * c
    return (1.0, -trace, det)


def eigenvalues_2x2(A):
    """The roots of λ² − tr λ + det: λ = (tr ± √(tr² − 4 det)) / 2.

    Discriminant ≥ 0: two real eigenvalues, the larger first (equal when it is 0).
    Discriminant < 0: a complex pair; cmath.sqrt gives +i√|disc|, so a + bi (b > 0) comes first.
    """
    _, minus_trace, det = char_poly(A)
    trace = -minus_trace
    disc = trace**2 - 4 * det
    if disc >= 0:
        root = math.sqrt(disc)
        return ((trace + root) / 2, (trace - root) / 2)
    root = cmath.sqrt(disc)
    return ((trace + root) / 2, (trace - root) / 2)


def eigenvector_2x2(A, lam):
    """A unit v with (A − λI)v = 0, for a real eigenvalue λ.

    Each row (p, q) of A − λI must be orthogonal to v, so v ∥ (−q, p). Use the longer row (the
    one that carries the most information); if both rows are 0, A = λI and every v works.
    """
    (a, b), (c, d) = A
    rows = [(a - lam, b), (c, d - lam)]
    p, q = max(rows, key=lambda row: math.hypot(*row))
    if math.hypot(p, q) == 0.0:
        return np.array([1.0, 0.0])  # A = λI: any unit vector is an eigenvector
    v = np.array([-q, p])
    return v / np.linalg.norm(v)
