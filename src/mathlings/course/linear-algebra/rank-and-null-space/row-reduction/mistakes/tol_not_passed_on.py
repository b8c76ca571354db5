"""Your rank(A, tol) ignores its tol (it calls rref(A) with the default); pass it on:
rref(A, tol), so a caller can decide how small counts as zero.
"""

import numpy as np


def rank(A, tol=1e-10):
    R = rref(A)
    return sum(1 for r in R if np.any(r != 0.0))
