import numpy as np


def squared_hessian(X):
    """The (d, d) Hessian in w of L(w) = (1/n) Σᵢ (xᵢ·w − yᵢ)²."""
    raise NotImplementedError("write squared_hessian(X)")


def logistic_hessian(X, y, w):
    """The (d, d) Hessian in w of L(w) = (1/n) Σᵢ log(1 + e^(−yᵢ xᵢ·w)), y ∈ {−1, +1}."""
    raise NotImplementedError("write logistic_hessian(X, y, w)")


def chord_gap(loss, w1, w2, t):
    """t·loss(w1) + (1 − t)·loss(w2) − loss(t·w1 + (1 − t)·w2)."""
    raise NotImplementedError("write chord_gap(loss, w1, w2, t)")


def network_loss(X, y, W, v):
    """(1/n) Σᵢ log(1 + e^(−yᵢ s(xᵢ))) with s(x) = v·tanh(Wx), y ∈ {−1, +1}."""
    raise NotImplementedError("write network_loss(X, y, W, v)")


def nonconvex_witness(X, y):
    """(W_a, v_a, W_b, v_b, t), 0 < t < 1: L(t a + (1 − t) b) > t L(a) + (1 − t) L(b) + 1e-6."""
    raise NotImplementedError("write nonconvex_witness(X, y)")
