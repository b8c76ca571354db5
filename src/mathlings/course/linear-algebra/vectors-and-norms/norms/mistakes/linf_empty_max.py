"""Python's max() of an empty sequence raises ValueError; this drill defines ‖v‖∞ = 0.0 for the
empty vector: start the running maximum at 0.0 (or pass default=0.0).
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
    return max(abs(v_i) for v_i in v)


def lp(v, p):
    total = 0.0
    for v_i in v:
        total += abs(v_i) ** p
    return total ** (1 / p)
