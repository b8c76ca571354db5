"""You multiplied ∂L/∂h by relu(z₁) = h instead of by its derivative relu′(z₁) = 1[z₁ > 0]: an
active unit passes the gradient through unchanged (times 1), not scaled by its activation.
"""

import numpy as np


def backprop(x, y, W1, b1, w2, b2):
    z1 = W1 @ x + b1
    h = np.maximum(z1, 0.0)
    z2 = w2 @ h + b2
    p = 1.0 / (1.0 + np.exp(-z2))

    dz2 = p - y
    dw2 = dz2 * h
    db2 = dz2
    dh = dz2 * w2
    dz1 = dh * h  # relu itself, not relu′
    dW1 = np.outer(dz1, x)
    db1 = dz1
    return {"W1": dW1, "b1": db1, "w2": dw2, "b2": float(db2)}
