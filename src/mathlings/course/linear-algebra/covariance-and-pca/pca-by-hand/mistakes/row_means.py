"""You subtracted each row's mean (axis=1); centering subtracts the mean point, one mean per
column: X − X.mean(axis=0).
"""

import numpy as np


def center(X):
    return X - X.mean(axis=1, keepdims=True)


def covariance(Xc):
    return Xc.T @ Xc / Xc.shape[0]


def eigen(C):
    values, V = np.linalg.eigh(C)
    order = np.argsort(values)[::-1]
    return values[order], V[:, order]


def project(Xc, V, k):
    return Xc @ V[:, :k]
