"""You returned the absolute error ‖a − b‖, which grows with the size of the gradient (a right
gradient of size 1e6 has rounding noise far above 1e-6); divide by max(‖a‖, ‖b‖, TINY).
"""

import numpy as np


def relative_error(a, b):
    return float(np.linalg.norm(np.asarray(a, dtype=float) - np.asarray(b, dtype=float)))
