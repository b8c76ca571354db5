"""You add a small ε (here 1e-8) to the denominator, u·v / (‖u‖‖v‖ + ε), to avoid dividing by
zero. That changes every cosine by about ε/(‖u‖‖v‖), more than this drill's tolerance of 1e-9, and
turns a zero vector into a cosine of 0 where the task asks for ValueError: test ‖u‖ = 0 or ‖v‖ = 0
and raise instead.
"""

import numpy as np


def cosine_similarity(u, v):
    return u @ v / (np.linalg.norm(u) * np.linalg.norm(v) + 1e-8)
