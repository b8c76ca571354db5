"""You multiplied entry by entry (S * R); composing maps is the matrix product S @ R,
where entry (i, j) is row i of S against column j of R.
"""

import numpy as np


def rotate_then_scale(theta, sx, sy):
    return scaling(sx, sy) * rotation(theta)
