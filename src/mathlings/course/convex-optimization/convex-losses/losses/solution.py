import numpy as np


def squared_error(X, y, w):
    """L = (1/n) Σᵢ (xᵢ·w − yᵢ)² and ∇L = (2/n) Xᵀ(Xw − y)."""
    n = X.shape[0]
    r = X @ w - y
    loss = r @ r / n
    grad = (2 / n) * (X.T @ r)
    return float(loss), grad


def softplus(z):
    """log(1 + eᶻ) = max(z, 0) + log(1 + e^(−|z|)): never exponentiates a positive number."""
    return np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z)))


def sigmoid(z):
    """σ(z) = 1 / (1 + e^(−z)), written with e^(−|z|) so that nothing overflows."""
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def logistic(X, y, w):
    """Labels y ∈ {−1, +1}, margins mᵢ = yᵢ xᵢ·w:

    L = (1/n) Σᵢ log(1 + e^(−mᵢ)) and ∇L = −(1/n) Σᵢ σ(−mᵢ) yᵢ xᵢ.
    """
    n = X.shape[0]
    m = y * (X @ w)
    loss = np.mean(softplus(-m))
    grad = -(X.T @ (sigmoid(-m) * y)) / n
    return float(loss), grad


def hinge(X, y, w):
    """Labels y ∈ {−1, +1}, margins mᵢ = yᵢ xᵢ·w: L = (1/n) Σᵢ max(0, 1 − mᵢ).

    A subgradient: −(1/n) Σ over the samples with mᵢ < 1 of yᵢ xᵢ (at mᵢ = 1 the term may take
    any weight in [0, 1]; this one takes 0).
    """
    n = X.shape[0]
    m = y * (X @ w)
    loss = np.mean(np.maximum(0, 1 - m))
    active = m < 1
    grad = -(X.T @ (y * active)) / n
    return float(loss), grad


def cross_entropy(X, y, W):
    """Softmax cross-entropy, K classes, integer labels yᵢ ∈ {0, …, K − 1}, logits Z = XW:

    L = (1/n) Σᵢ [log Σₖ e^(Zᵢₖ) − Zᵢ,yᵢ] and ∇L = (1/n) Xᵀ(P − Y),
    P = softmax of each row of Z, Y the one-hot labels.
    """
    n, K = X.shape[0], W.shape[1]
    Z = X @ W
    Z_shifted = Z - Z.max(axis=1, keepdims=True)  # the same softmax, no overflow
    log_normaliser = np.log(np.exp(Z_shifted).sum(axis=1))
    log_P = Z_shifted - log_normaliser[:, None]
    Y = np.eye(K)[y]
    loss = -np.sum(Y * log_P) / n
    grad = X.T @ (np.exp(log_P) - Y) / n
    return float(loss), grad
