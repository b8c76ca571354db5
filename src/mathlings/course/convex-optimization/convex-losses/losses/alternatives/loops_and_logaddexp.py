"""One sample at a time; np.logaddexp for log(1 + e^(−m)); the hinge takes weight 1 at the kink
(m ≤ 1); the softmax through a per-row log-sum-exp; the gradients come back as lists."""

import math

import numpy as np


def squared_error(X, y, w):
    n, d = X.shape
    loss, grad = 0.0, [0.0] * d
    for i in range(n):
        r = sum(X[i, j] * w[j] for j in range(d)) - y[i]
        loss += r * r / n
        for j in range(d):
            grad[j] += 2 * r * X[i, j] / n
    return loss, grad


def logistic(X, y, w):
    n, d = X.shape
    loss, grad = 0.0, [0.0] * d
    for i in range(n):
        m = y[i] * float(np.dot(X[i], w))
        loss += np.logaddexp(0.0, -m) / n
        weight = math.exp(-np.logaddexp(0.0, m))  # σ(−m) = 1 / (1 + e^m)
        for j in range(d):
            grad[j] -= weight * y[i] * X[i, j] / n
    return loss, grad


def hinge(X, y, w):
    n, d = X.shape
    loss, grad = 0.0, [0.0] * d
    for i in range(n):
        m = y[i] * float(np.dot(X[i], w))
        loss += max(0.0, 1.0 - m) / n
        if m <= 1:
            for j in range(d):
                grad[j] -= y[i] * X[i, j] / n
    return loss, grad


def cross_entropy(X, y, W):
    n, d = X.shape
    K = W.shape[1]
    loss, grad = 0.0, np.zeros((d, K))
    for i in range(n):
        z = X[i] @ W
        top = max(z)
        lse = top + math.log(sum(math.exp(zk - top) for zk in z))
        loss += (lse - z[y[i]]) / n
        p = np.exp(z - lse)
        p[y[i]] -= 1
        grad += np.outer(X[i], p) / n
    return loss, grad.tolist()
