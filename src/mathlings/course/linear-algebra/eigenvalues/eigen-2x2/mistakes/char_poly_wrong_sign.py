"""Your characteristic polynomial has the wrong signs: det(A − λI) = λ² − tr(A) λ + det(A), so the
coefficients are (1, −tr A, det A), not (1, tr A, det A).
"""

import cmath

import numpy as np


def char_poly(A):
    (a, b), (c, d) = A
    return (1.0, a + d, a * d - b * c)
