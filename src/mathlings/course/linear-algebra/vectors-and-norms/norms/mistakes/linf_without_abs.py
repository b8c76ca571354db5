"""You took the largest entry, max vᵢ; the L∞ norm is the largest size, max |vᵢ|: for v = (−5, 1)
it is 5, not 1.
"""

import math


def l1(v):
    total = 0.0
    for v_i in v:
        total += abs(v_i)
    return total


def l2(v):
    total = 0.0
    for v_i in v:
        total += v_i**2
    return math.sqrt(total)


def linf(v):
    return max(v)


def lp(v, p):
    total = 0.0
    for v_i in v:
        total += abs(v_i) ** p
    return total ** (1 / p)
