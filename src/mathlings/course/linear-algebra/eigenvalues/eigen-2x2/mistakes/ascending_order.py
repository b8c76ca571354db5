"""Your eigenvalues come in ascending order; this drill wants the larger real one first, and for a
complex pair a + bi (b > 0) first: (tr + √disc) / 2, then (tr − √disc) / 2.
"""

import cmath

import numpy as np


def eigenvalues_2x2(A):
    (a, b), (c, d) = A
    trace = a + d
    det = a * d - b * c
    root = cmath.sqrt(trace**2 - 4 * det)
    first, second = (trace - root) / 2, (trace + root) / 2
    if root.imag == 0:
        return (first.real, second.real)
    return (first, second)
