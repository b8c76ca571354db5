"""You wrote max(0, −m), the perceptron's loss; the hinge asks for a margin of 1:
max(0, 1 − yᵢ xᵢ·w), active whenever yᵢ xᵢ·w < 1.
"""

import numpy as np


def hinge(X, y, w):
    n = X.shape[0]
    m = y * (X @ w)
    loss = np.mean(np.maximum(0, -m))
    grad = -(X.T @ (y * (m < 0))) / n
    return float(loss), grad
