"""You wrote the maps in the order they happen, R S for "rotate, then scale"; but
(S R)x = S(R x): the map applied first stands on the right, next to x.
"""

import numpy as np


def rotate_then_scale(theta, sx, sy):
    return rotation(theta) @ scaling(sx, sy)
