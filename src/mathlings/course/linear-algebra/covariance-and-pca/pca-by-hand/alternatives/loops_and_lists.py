"""Explicit loops and plain Python lists for everything but the eigendecomposition."""

import numpy as np


def center(X):
    n, d = X.shape
    means = [sum(X[i, j] for i in range(n)) / n for j in range(d)]
    return [[X[i, j] - means[j] for j in range(d)] for i in range(n)]


def covariance(Xc):
    n, d = Xc.shape
    C = [[0.0] * d for _ in range(d)]
    for point in Xc:  # a sum of outer products x xᵀ, one per point
        for j in range(d):
            for k in range(d):
                C[j][k] += point[j] * point[k] / n
    return C


def eigen(C):
    values, vectors = np.linalg.eigh(C)
    order = sorted(range(len(values)), key=lambda i: values[i], reverse=True)
    return [float(values[i]) for i in order], vectors[:, order]


def project(Xc, V, k):
    n = Xc.shape[0]
    return [[float(Xc[i] @ V[:, j]) for j in range(k)] for i in range(n)]
