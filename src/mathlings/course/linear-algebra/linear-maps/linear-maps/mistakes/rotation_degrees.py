"""You converted θ from degrees to radians, but θ is given in radians already: use
np.cos(theta) and np.sin(theta) as they are.
"""

import numpy as np


def rotation(theta):
    angle = np.radians(theta)
    c, s = np.cos(angle), np.sin(angle)
    return np.array([[c, -s], [s, c]])
