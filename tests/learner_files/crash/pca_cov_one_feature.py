"""pca with np.cov, which gives a 0-d array for one feature: np.linalg.eigh raises on d = 1."""

import numpy as np


def pca(X, k):
    Xc = X - X.mean(axis=0)
    C = np.cov(Xc.T, bias=True)
    eigenvalues, eigenvectors = np.linalg.eigh(C)
    order = np.argsort(eigenvalues)[::-1]
    eigenvalues, eigenvectors = eigenvalues[order], eigenvectors[:, order]
    components = eigenvectors[:, :k].T
    ratios = eigenvalues[:k] / eigenvalues.sum()
    return components, ratios, Xc @ components.T
