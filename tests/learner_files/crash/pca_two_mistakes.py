"""pca-by-hand with two catalogued mistakes in two steps: center subtracts the grand mean
(grand-mean), covariance divides by n − 1 (covariance-n-minus-1); eigen and project are right."""

import numpy as np


def center(X):
    return X - X.mean()


def covariance(Xc):
    n = Xc.shape[0]
    return Xc.T @ Xc / (n - 1)


def eigen(C):
    eigenvalues, V = np.linalg.eigh(C)
    order = np.argsort(eigenvalues)[::-1]
    return eigenvalues[order], V[:, order]


def project(Xc, V, k):
    return Xc @ V[:, :k]
