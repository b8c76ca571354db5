"""You divided by ‖a‖ + ‖b‖ (a common variant, about half as large); this drill's relative error
divides by the larger of the two, max(‖a‖, ‖b‖, TINY), so a factor-2 error reads 0.5.
"""

import numpy as np


def relative_error(a, b):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    return float(np.linalg.norm(a - b) / max(np.linalg.norm(a) + np.linalg.norm(b), TINY))
