"""Python's max() of an empty sequence raises ValueError; this drill defines ‖v‖∞ = 0.0 for the
empty vector: start the running maximum at 0.0 (or pass default=0.0).
"""

import math


def linf(v):
    return max(abs(v_i) for v_i in v)
