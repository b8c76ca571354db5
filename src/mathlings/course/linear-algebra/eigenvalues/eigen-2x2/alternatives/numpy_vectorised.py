import numpy as np


def char_poly(A):
    return np.array([1.0, -np.trace(A), np.linalg.det(A)])


def eigenvalues_2x2(A):
    """Always complex arithmetic: real eigenvalues come out with imaginary part 0, which passes."""
    _, p, q = char_poly(A)
    root = np.sqrt(complex(p * p - 4 * q))
    return np.array([(-p + root) / 2, (-p - root) / 2])


def eigenvector_2x2(A, lam):
    """The null space of A − λI from its SVD: the right singular vector of the smallest singular
    value (any unit eigenvector passes; this one may have either sign). Returned as a column."""
    _, _, Vt = np.linalg.svd(A - lam * np.eye(2))
    return Vt[-1].reshape(2, 1)
