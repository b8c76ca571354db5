"""You read the signs of H's diagonal entries; the curvature is told by the eigenvalues of H (the
diagonal is the curvature along the axes only: [[1, 3], [3, 1]] has eigenvalues 4 and −2, a saddle).
"""

import numpy as np


def classify(H):
    d = np.diag(H)
    zero = 1e-8 * max(1.0, float(np.max(np.abs(d))))
    if (d > zero).any() and (d < -zero).any():
        return "saddle"
    if (np.abs(d) <= zero).any():
        return "degenerate"
    return "minimum" if (d > 0).all() else "maximum"
