"""You used u uᵀ without dividing by uᵀu; that is the projection only when u is a
unit vector. P = u uᵀ / (uᵀu), so that P u = u.
"""

import numpy as np


def rotation(theta):
    c, s = np.cos(theta), np.sin(theta)
    return np.array([[c, -s], [s, c]])


def scaling(sx, sy):
    return np.array([[sx, 0.0], [0.0, sy]])


def projection_onto(u):
    return np.outer(u, u)
