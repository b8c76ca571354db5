"""Your gradients have the wrong sign: ∂L/∂z₂ = p − y (the loss grows as p moves away from
y), not y − p; every gradient below inherits the sign.
"""

import numpy as np


def backprop(x, y, W1, b1, w2, b2):
    z1 = W1 @ x + b1
    h = np.maximum(z1, 0.0)
    z2 = w2 @ h + b2
    p = 1.0 / (1.0 + np.exp(-z2))

    dz2 = y - p
    dw2 = dz2 * h
    db2 = dz2
    dh = dz2 * w2
    dz1 = dh * (z1 > 0)
    dW1 = np.outer(dz1, x)
    db1 = dz1
    return {"W1": dW1, "b1": db1, "w2": dw2, "b2": float(db2)}
