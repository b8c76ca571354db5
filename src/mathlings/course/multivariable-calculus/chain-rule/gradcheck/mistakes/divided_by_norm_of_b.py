"""You divided by ‖b‖ alone: that blows up (0/0, or a division by zero) when the numerical gradient
is 0, and is not symmetric; divide by max(‖a‖, ‖b‖, TINY).
"""

import numpy as np


def relative_error(a, b):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    return float(np.linalg.norm(a - b) / np.linalg.norm(b))
