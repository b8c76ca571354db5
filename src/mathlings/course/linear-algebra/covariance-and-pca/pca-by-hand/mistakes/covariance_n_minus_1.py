"""You divided by n − 1 (the unbiased sample covariance, np.cov's default); this drill uses
C = (1/n) XcᵀXc.
"""

import numpy as np


def center(X):
    return X - X.mean(axis=0)


def covariance(Xc):
    n = Xc.shape[0]
    return Xc.T @ Xc / (n - 1)


def eigen(C):
    values, V = np.linalg.eigh(C)
    order = np.argsort(values)[::-1]
    return values[order], V[:, order]


def project(Xc, V, k):
    return Xc @ V[:, :k]
