"""A blind solution: eigenvalues from ((a − d)/2)² + bc, the eigenvector as the SVD null vector of
A − λI, returned as a 2 x 1 column."""

import cmath
import math

import numpy as np


def char_poly(A):
    """det(A − λI) = λ² − tr(A) λ + det(A): return (1, −tr A, det A)."""
    return np.array([1.0, -np.trace(A), np.linalg.det(A)])


def eigenvalues_2x2(A):
    """λ = (tr ± √(tr² − 4 det)) / 2: real ones larger first, a complex pair a + bi (b > 0) first.
    """
    a, b, c, d = A[0, 0], A[0, 1], A[1, 0], A[1, 1]
    # same discriminant, written as (a − d)² + 4bc: tr² − 4det = (a+d)² − 4(ad − bc)
    mean = (a + d) / 2.0
    disc4 = ((a - d) / 2.0) ** 2 + b * c          # = (tr² − 4 det) / 4
    if disc4 >= 0:
        h = math.sqrt(disc4)
        return [mean + h, mean - h]
    h = math.sqrt(-disc4)
    return [complex(mean, h), complex(mean, -h)]


def eigenvector_2x2(A, lam):
    """A unit vector v with Av = λv, for a real eigenvalue λ."""
    M = np.asarray(A, dtype=float) - np.real(lam) * np.eye(2)
    # the right singular vector for the smallest singular value of A − λI
    _, _, Vt = np.linalg.svd(M)
    v = Vt[-1].reshape(2, 1)
    return v / np.linalg.norm(v)
