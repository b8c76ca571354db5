"""You took the largest entry's error, maxᵢ |aᵢ − bᵢ| / max(|aᵢ|, |bᵢ|); this drill's relative
error is one number for the whole vector, with Euclidean norms: ‖a − b‖ / max(‖a‖, ‖b‖, TINY).
"""

import numpy as np


def relative_error(a, b):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    return float(np.max(np.abs(a - b) / np.maximum(np.maximum(np.abs(a), np.abs(b)), TINY)))
