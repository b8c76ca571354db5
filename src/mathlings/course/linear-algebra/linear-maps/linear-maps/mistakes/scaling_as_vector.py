"""You returned the factors (sx, sy) as a vector; the map is the 2x2 matrix
S = diag(sx, sy) = [[sx, 0], [0, sy]], whose columns are S e₁ = sx e₁ and S e₂ = sy e₂.
"""

import numpy as np


def scaling(sx, sy):
    return np.array([sx, sy])
