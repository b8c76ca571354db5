import numpy as np


def squared_error(X, y, w):
    """(L, ∇L) for L = (1/n) Σᵢ (xᵢ·w − yᵢ)²."""
    raise NotImplementedError("write squared_error(X, y, w)")


def logistic(X, y, w):
    """(L, ∇L) for L = (1/n) Σᵢ log(1 + e^(−yᵢ xᵢ·w)), y ∈ {−1, +1}; stable at large margins."""
    raise NotImplementedError("write logistic(X, y, w)")


def hinge(X, y, w):
    """(L, a subgradient) for L = (1/n) Σᵢ max(0, 1 − yᵢ xᵢ·w), y ∈ {−1, +1}."""
    raise NotImplementedError("write hinge(X, y, w)")


def cross_entropy(X, y, W):
    """(L, ∇L) for the softmax cross-entropy of Z = XW, integer labels y ∈ {0, …, K − 1}."""
    raise NotImplementedError("write cross_entropy(X, y, W)")
