"""Hessians by torch autograd; the witness found by search: train nothing, try seeded random
networks with three hidden units and swap two of them, until the midpoint's loss clears the
chord."""

import numpy as np
import torch


def squared_hessian(X):
    X_t = torch.from_numpy(np.asarray(X, dtype=float))
    return torch.autograd.functional.hessian(
        lambda w: ((X_t @ w) ** 2).mean(), torch.zeros(X_t.shape[1], dtype=torch.float64)
    )


def logistic_hessian(X, y, w):
    X_t, y_t = (
        torch.from_numpy(np.asarray(X, dtype=float)),
        torch.from_numpy(np.asarray(y, dtype=float)),
    )

    def loss(w_t):
        return torch.nn.functional.softplus(-y_t * (X_t @ w_t), threshold=50.0).mean()

    return torch.autograd.functional.hessian(
        loss, torch.from_numpy(np.asarray(w, dtype=float))
    ).numpy()


def chord_gap(loss, w1, w2, t):
    w1, w2 = np.asarray(w1), np.asarray(w2)
    return (t * loss(w1) + (1 - t) * loss(w2)) - loss(w2 + t * (w1 - w2))


def network_loss(X, y, W, v):
    s = np.tanh(np.einsum("md,nd->nm", W, X)) @ v
    return np.logaddexp(0, -y * s).mean()


def nonconvex_witness(X, y):
    rng = np.random.default_rng(0)
    d = X.shape[1]
    swap = [1, 0, 2]
    for _ in range(2000):
        W = rng.normal(0, 2, size=(3, d))
        v = rng.normal(0, 3, size=3)
        W_b, v_b = W[swap], v[swap]
        chord = network_loss(X, y, W, v)  # the swapped network computes the same function
        if network_loss(X, y, (W + W_b) / 2, (v + v_b) / 2) > chord + 0.01:
            return W, v, W_b, v_b, 0.5
    raise RuntimeError("no witness found")
