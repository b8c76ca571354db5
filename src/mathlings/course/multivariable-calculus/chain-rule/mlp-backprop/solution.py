import numpy as np


def sigmoid(t):
    """σ(t) = 1 / (1 + e⁻ᵗ)"""
    return 1.0 / (1.0 + np.exp(-t))


def backprop(x, y, W1, b1, w2, b2):
    """Forward, then the chain rule from the loss backwards:

    ∂L/∂z₂ = p − y                 (σ′ = p(1 − p) cancels against ∂L/∂p = (p − y)/(p(1 − p)))
    ∂L/∂w₂ = (p − y) h,   ∂L/∂b₂ = p − y
    ∂L/∂h  = (p − y) w₂
    ∂L/∂z₁ = ∂L/∂h ⊙ 1[z₁ > 0]     (relu′)
    ∂L/∂W₁ = (∂L/∂z₁) xᵀ,   ∂L/∂b₁ = ∂L/∂z₁
    """
    # forward: keep the intermediates, the backward pass needs them
    z1 = W1 @ x + b1
    h = np.maximum(z1, 0.0)
    z2 = w2 @ h + b2
    p = sigmoid(z2)

    # backward
    dz2 = p - y
    dw2 = dz2 * h
    db2 = dz2
    dh = dz2 * w2
    dz1 = dh * (z1 > 0)
    dW1 = np.outer(dz1, x)
    db1 = dz1
    return {"W1": dW1, "b1": db1, "w2": dw2, "b2": float(db2)}
