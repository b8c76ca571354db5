"""Your tolerance for a zero eigenvalue is a fixed number; rounding grows with the size of H (an
exact 0 next to λ = 1e10 comes out near 1e-6), so scale it: |λ| ≤ 1e-8·max(1, maxⱼ |λⱼ|).
"""

import numpy as np


def classify(H):
    eigenvalues = np.linalg.eigvalsh(H)
    zero = 1e-8
    positive = eigenvalues > zero
    negative = eigenvalues < -zero
    if positive.any() and negative.any():
        return "saddle"
    if not (positive | negative).all():
        return "degenerate"
    return "minimum" if positive.all() else "maximum"
