"""Hessians as sums of per-sample outer products, the network loss one sample at a time, and the
other symmetry of tanh networks as the witness: (W, v) and (−W, −v) compute the same function
(tanh is odd), and their midpoint is the zero network, whose loss is log 2, above L(a) when a
fits the labels at all."""

import math

import numpy as np


def squared_hessian(X):
    n, d = X.shape
    H = np.zeros((d, d))
    for i in range(n):
        H += 2 * np.outer(X[i], X[i]) / n
    return H


def logistic_hessian(X, y, w):
    n, d = X.shape
    H = np.zeros((d, d))
    for i in range(n):
        m = y[i] * float(X[i] @ w)
        p = 1 / (1 + math.exp(-m)) if m >= 0 else math.exp(m) / (1 + math.exp(m))
        H += p * (1 - p) * np.outer(X[i], X[i]) / n
    return H.tolist()


def chord_gap(loss, w1, w2, t):
    between = [t * a + (1 - t) * b for a, b in zip(w1, w2)]
    return t * loss(w1) + (1 - t) * loss(w2) - loss(np.array(between))


def network_loss(X, y, W, v):
    total = 0.0
    for x_i, y_i in zip(X, y):
        s = sum(v[j] * math.tanh(float(W[j] @ x_i)) for j in range(len(v)))
        total += float(np.logaddexp(0.0, -y_i * s))
    return total / len(y)


def nonconvex_witness(X, y):
    u = X.T @ y  # a direction that leans towards the positive labels
    W = np.array([2 * u / np.linalg.norm(u), u / np.linalg.norm(u)])
    v = np.array([3.0, 3.0])
    return W, v, -W, -v, 0.5
