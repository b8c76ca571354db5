"""You computed Xc Xcᵀ, an n x n matrix of dot products between points; the covariance is
C = (1/n) XcᵀXc, d x d, between features.
"""

import numpy as np


def center(X):
    return X - X.mean(axis=0)


def covariance(Xc):
    return Xc @ Xc.T / Xc.shape[0]


def eigen(C):
    values, V = np.linalg.eigh(C)
    order = np.argsort(values)[::-1]
    return values[order], V[:, order]


def project(Xc, V, k):
    return Xc @ V[:, :k]
