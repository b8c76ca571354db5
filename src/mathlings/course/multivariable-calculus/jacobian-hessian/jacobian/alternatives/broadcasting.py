"""Diagonal matrices as broadcasting: diag(d) M is d[:, None] * M; softmax via a log-sum-exp."""

import numpy as np


def affine_jacobian(W, b, x):
    return W.copy()


def tanh_jacobian(x):
    return np.eye(len(x)) * (1 / np.cosh(x) ** 2)


def softmax_jacobian(z):
    log_s = z - (np.max(z) + np.log(np.sum(np.exp(z - np.max(z)))))
    s = np.exp(log_s)
    return np.eye(len(z)) * s - s[:, None] * s[None, :]


def layer_jacobian(W, b, x):
    slope = 1 - np.tanh(np.dot(W, x) + b) ** 2
    return slope[:, None] * W
