"""Your ∂L/∂W₁ is np.outer(x, δ₁), of shape (d, m); it must have W₁'s shape (m, d):
∂L/∂W₁ = δ₁ xᵀ = np.outer(δ₁, x), with δ₁ = ∂L/∂z₁ (row i is δ₁ᵢ times x).
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
    dz1 = dh * (z1 > 0)
    dW1 = np.outer(x, dz1)
    db1 = dz1
    return {"W1": dW1, "b1": db1, "w2": dw2, "b2": float(db2)}
