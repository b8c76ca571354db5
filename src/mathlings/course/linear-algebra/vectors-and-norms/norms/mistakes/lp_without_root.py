"""You returned Σᵢ |vᵢ|ᵖ and stopped; the Lp norm takes the p-th root of that sum: ‖v‖ₚ = (Σᵢ
|vᵢ|ᵖ)^(1/p).
"""

import math


def lp(v, p):
    total = 0.0
    for v_i in v:
        total += abs(v_i) ** p
    return total
