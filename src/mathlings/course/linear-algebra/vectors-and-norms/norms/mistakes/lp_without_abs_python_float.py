"""You raised vᵢ itself to the power p; with Python floats a negative entry to a fractional power
is a complex number (and for odd p it keeps its sign): ‖v‖ₚ = (Σᵢ |vᵢ|ᵖ)^(1/p) takes |vᵢ| first.
"""

import math


def lp(v, p):
    total = 0.0
    for v_i in v:
        total += float(v_i) ** p
    return total ** (1 / p)
