"""Your rank(A, tol) gives the same count whatever tol is: its tol never reaches the zero test.
Pass it on, rref(A, tol), and use it in rref's zero rule, so a caller can decide how small counts
as zero.
"""

import numpy as np


def rank(A, tol=1e-10):
    R = rref(A)
    return sum(1 for r in R if np.any(r != 0.0))
