"""You added the entries vᵢ themselves; L1 adds their sizes: ‖v‖₁ = Σᵢ |vᵢ|, so negative entries
count positively.
"""

import math


def l1(v):
    total = 0.0
    for v_i in v:
        total += v_i
    return total


def l2(v):
    total = 0.0
    for v_i in v:
        total += v_i**2
    return math.sqrt(total)


def linf(v):
    largest = 0.0
    for v_i in v:
        largest = max(largest, abs(v_i))
    return largest


def lp(v, p):
    total = 0.0
    for v_i in v:
        total += abs(v_i) ** p
    return total ** (1 / p)
