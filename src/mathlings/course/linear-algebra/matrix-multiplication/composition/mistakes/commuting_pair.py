"""Your A and B commute (AB = BA): two rotations commute, and so do two diagonal
matrices (or anything with a multiple of I); mix a rotation with an unequal stretch, or use a
shear.
"""

import numpy as np


def rotation(theta):
    c, s = np.cos(theta), np.sin(theta)
    return np.array([[c, -s], [s, c]])


def scaling(sx, sy):
    return np.array([[sx, 0.0], [0.0, sy]])


def rotate_then_scale(theta, sx, sy):
    return scaling(sx, sy) @ rotation(theta)


def scale_then_rotate(theta, sx, sy):
    return rotation(theta) @ scaling(sx, sy)


def non_commuting_pair():
    return rotation(0.5), rotation(1.2)
