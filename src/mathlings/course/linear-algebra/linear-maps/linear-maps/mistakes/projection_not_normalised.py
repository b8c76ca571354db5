"""You used u uᵀ without dividing by uᵀu; that is the projection only when u is a
unit vector. P = u uᵀ / (uᵀu), so that P u = u.
"""

import numpy as np


def projection_onto(u):
    return np.outer(u, u)
