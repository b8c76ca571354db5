"""You divided u uᵀ by ‖u‖, not by uᵀu = ‖u‖²; u appears twice in u uᵀ, so its length must be
divided out twice: P = u uᵀ / (uᵀu), so that P u = u.
"""

import numpy as np


def projection_onto(u):
    return np.outer(u, u) / np.linalg.norm(u)
