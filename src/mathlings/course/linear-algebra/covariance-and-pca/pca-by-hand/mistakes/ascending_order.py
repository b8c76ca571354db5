"""You returned the eigenvalues and eigenvectors in ascending order, as np.linalg.eigh gives them;
PCA wants descending order, the largest variance first: reverse both.
"""

import numpy as np


def center(X):
    return X - X.mean(axis=0)


def covariance(Xc):
    return Xc.T @ Xc / Xc.shape[0]


def eigen(C):
    return np.linalg.eigh(C)


def project(Xc, V, k):
    return Xc @ V[:, :k]
