"""You divided by max(‖a‖, ‖b‖) with no floor: when both gradients are 0 that is 0/0 = nan, where
the error is 0; take max(‖a‖, ‖b‖, TINY).
"""

import numpy as np


def relative_error(a, b):
    return float(np.linalg.norm(a - b) / max(np.linalg.norm(a), np.linalg.norm(b)))
