"""You multiplied entry by entry (S * R); composing maps is the matrix product S @ R,
where entry (i, j) is row i of S against column j of R.
"""

import numpy as np


def rotation(theta):
    c, s = np.cos(theta), np.sin(theta)
    return np.array([[c, -s], [s, c]])


def scaling(sx, sy):
    return np.array([[sx, 0.0], [0.0, sy]])


def rotate_then_scale(theta, sx, sy):
    return scaling(sx, sy) * rotation(theta)


def scale_then_rotate(theta, sx, sy):
    return rotation(theta) * scaling(sx, sy)


def non_commuting_pair():
    return rotation(np.pi / 2), scaling(2.0, 1.0)
