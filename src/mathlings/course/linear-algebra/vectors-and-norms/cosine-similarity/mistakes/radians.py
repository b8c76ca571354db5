"""You returned the angle in radians; this drill asks for degrees: θ° = θ · 180 / π
(np.degrees).
"""

import numpy as np


def angle_degrees(u, v):
    return np.arccos(np.clip(cosine_similarity(u, v), -1.0, 1.0))
