"""Your softmax overflows for large z (exp(1000) is inf, and inf/inf is NaN): subtract max(z)
before exp, which leaves softmax unchanged, sᵢ = exp(zᵢ − max z) / Σⱼ exp(zⱼ − max z).
"""

import numpy as np


def softmax(z):
    e = np.exp(z)
    return e / np.sum(e)
