import numpy as np


def sigmoid(z):
    """σ(z) = 1 / (1 + e^(−z)), from e^(−|z|) so that nothing overflows."""
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def squared_hessian(X):
    """L(w) = (1/n) ‖Xw − y‖² has the constant Hessian ∇²L = (2/n) XᵀX, PSD: vᵀXᵀXv = ‖Xv‖² ≥ 0."""
    n = X.shape[0]
    return (2 / n) * (X.T @ X)


def logistic_hessian(X, y, w):
    """L(w) = (1/n) Σᵢ log(1 + e^(−yᵢ xᵢ·w)), y ∈ {−1, +1}:

    ∇²L = (1/n) Xᵀ diag(sᵢ) X with sᵢ = σ(mᵢ)(1 − σ(mᵢ)) > 0, mᵢ = yᵢ xᵢ·w (yᵢ² = 1 drops out),
    PSD: vᵀ∇²L v = (1/n) Σᵢ sᵢ (xᵢ·v)² ≥ 0.
    """
    n = X.shape[0]
    p = sigmoid(y * (X @ w))
    s = p * (1 - p)
    return (X.T * s) @ X / n


def chord_gap(loss, w1, w2, t):
    """t·L(w₁) + (1 − t)·L(w₂) − L(t w₁ + (1 − t) w₂): ≥ 0 for every pair when L is convex."""
    chord = t * loss(w1) + (1 - t) * loss(w2)
    return float(chord - loss(t * w1 + (1 - t) * w2))


def softplus(z):
    """log(1 + eᶻ), stable."""
    return np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z)))


def network_loss(X, y, W, v):
    """The logistic loss of a one-hidden-layer network s(x) = v·tanh(Wx), y ∈ {−1, +1}:

    L(W, v) = (1/n) Σᵢ log(1 + e^(−yᵢ s(xᵢ))).
    """
    s = np.tanh(X @ W.T) @ v
    return float(np.mean(softplus(-y * s)))


def nonconvex_witness(X, y):
    """Two networks and t = 1/2 whose chord lies below L: the hidden units swapped.

    Network a has one working unit (u, weight a) and one idle unit (0, weight 0); network b is
    the same network with the two units swapped, so it computes the same function and
    L(b) = L(a). Their midpoint has two half-units: s(x) = a·tanh(u·x / 2), which is less
    confident than a·tanh(u·x) wherever a fits the data, so L(midpoint) > L(a) = chord.
    The direction u fits the labels by least squares, scaled up so the fit is confident.
    """
    u, *_ = np.linalg.lstsq(X, y, rcond=None)
    u = 3 * u / np.linalg.norm(u)
    zero = np.zeros_like(u)
    W_a, v_a = np.array([u, zero]), np.array([4.0, 0.0])
    W_b, v_b = np.array([zero, u]), np.array([0.0, 4.0])
    return W_a, v_a, W_b, v_b, 0.5
