"""One sample at a time: each term rᵢ² adds 2rᵢxᵢ/n to dw and 2rᵢ/n to db."""

import numpy as np


def mse_loss(X, y, w, b):
    n, d = X.shape
    total = 0.0
    for i in range(n):
        prediction = b
        for j in range(d):
            prediction += X[i, j] * w[j]
        total += (prediction - y[i]) ** 2
    return total / n


def mse_grad(X, y, w, b):
    n, d = X.shape
    dw = np.zeros(d)
    db = 0.0
    for i in range(n):
        r_i = sum(X[i, j] * w[j] for j in range(d)) + b - y[i]
        for j in range(d):
            dw[j] += 2 * r_i * X[i, j] / n
        db += 2 * r_i / n
    return dw, db
