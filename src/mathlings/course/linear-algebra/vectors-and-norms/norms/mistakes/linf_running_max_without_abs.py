"""Your running maximum compares the entries vᵢ themselves, starting from 0, so a negative entry
never counts; the L∞ norm is the largest size, max |vᵢ|: for v = (−5, 1) it is 5, not 1.
"""

import math


def linf(v):
    best = 0.0
    for v_i in v:
        if v_i > best:
            best = v_i
    return best
