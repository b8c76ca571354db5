"""You raised vᵢ itself to the power p; for odd or fractional p a negative entry keeps its sign or
gives nan: ‖v‖ₚ = (Σᵢ |vᵢ|ᵖ)^(1/p) takes |vᵢ| first.
"""

import math

import numpy as np


def lp(v, p):
    with np.errstate(invalid="ignore"):  # keeps this file's warnings out of yours
        total = 0.0
        for v_i in v:
            total += v_i**p
        return total ** (1 / p)
