"""You returned Σᵢ |vᵢ|ᵖ and stopped; the Lp norm takes the p-th root of that sum: ‖v‖ₚ = (Σᵢ
|vᵢ|ᵖ)^(1/p).
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
    largest = 0.0
    for v_i in v:
        largest = max(largest, abs(v_i))
    return largest


def lp(v, p):
    total = 0.0
    for v_i in v:
        total += abs(v_i) ** p
    return total
