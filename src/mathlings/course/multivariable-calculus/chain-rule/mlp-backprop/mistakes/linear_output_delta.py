"""You took ∂L/∂z₂ = z₂ − y, as if the output were linear; the output is p = σ(z₂), and with the
cross-entropy loss ∂L/∂z₂ = p − y: put z₂ through the sigmoid first.
"""

import numpy as np


def backprop(x, y, W1, b1, w2, b2):
    z1 = W1 @ x + b1
    h = np.maximum(z1, 0.0)
    z2 = w2 @ h + b2

    dz2 = z2 - y
    dw2 = dz2 * h
    db2 = dz2
    dh = dz2 * w2
    dz1 = dh * (z1 > 0)
    dW1 = np.outer(dz1, x)
    db1 = dz1
    return {"W1": dW1, "b1": db1, "w2": dw2, "b2": float(db2)}
