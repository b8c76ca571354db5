"""You wrote the maps in the order they happen, R S for "rotate, then scale"; but
(S R)x = S(R x): the map applied first stands on the right, next to x.
"""

import numpy as np


def rotation(theta):
    c, s = np.cos(theta), np.sin(theta)
    return np.array([[c, -s], [s, c]])


def scaling(sx, sy):
    return np.array([[sx, 0.0], [0.0, sy]])


def rotate_then_scale(theta, sx, sy):
    return rotation(theta) @ scaling(sx, sy)


def scale_then_rotate(theta, sx, sy):
    return scaling(sx, sy) @ rotation(theta)


def non_commuting_pair():
    return rotation(np.pi / 2), scaling(2.0, 1.0)
