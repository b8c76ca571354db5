"""The chain rule without the shortcut: ∂L/∂p, then σ′ = p(1 − p), then relu′ by np.heaviside,
∂L/∂W₁ by broadcasting a column against a row; ∂L/∂b₂ as a 0-d array."""

import numpy as np


def backprop(x, y, W1, b1, w2, b2):
    z1 = np.einsum("ij,j->i", W1, x) + b1
    h = np.where(z1 > 0, z1, 0.0)
    z2 = np.sum(w2 * h) + b2
    p = 1.0 / (1.0 + np.exp(-z2))

    dL_dp = -y / p + (1 - y) / (1 - p)
    dL_dz2 = dL_dp * p * (1 - p)
    dL_dh = dL_dz2 * w2
    dL_dz1 = dL_dh * np.heaviside(z1, 0.0)
    return {
        "b2": np.array(dL_dz2),
        "w2": dL_dz2 * h,
        "b1": dL_dz1,
        "W1": dL_dz1[:, None] * x[None, :],
    }
