"""You projected onto the first k rows of V (V[:k]); the components are its columns: Xc V[:, :k]."""

import numpy as np


def center(X):
    return X - X.mean(axis=0)


def covariance(Xc):
    return Xc.T @ Xc / Xc.shape[0]


def eigen(C):
    values, V = np.linalg.eigh(C)
    order = np.argsort(values)[::-1]
    return values[order], V[:, order]


def project(Xc, V, k):
    return Xc @ V[:k].T
