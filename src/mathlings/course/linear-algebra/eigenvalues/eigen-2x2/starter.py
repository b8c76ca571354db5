import cmath
import math

import numpy as np


def char_poly(A):
    """det(A − λI) = λ² − tr(A) λ + det(A): return (1, −tr A, det A)."""
    raise NotImplementedError("write char_poly(A)")


def eigenvalues_2x2(A):
    """λ = (tr ± √(tr² − 4 det)) / 2: real ones larger first, a complex pair a + bi (b > 0) first."""
    raise NotImplementedError("write eigenvalues_2x2(A)")


def eigenvector_2x2(A, lam):
    """A unit vector v with Av = λv, for a real eigenvalue λ."""
    raise NotImplementedError("write eigenvector_2x2(A, lam)")
