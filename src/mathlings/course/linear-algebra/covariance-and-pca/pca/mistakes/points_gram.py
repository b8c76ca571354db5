"""You formed Xc Xcᵀ / n, an n x n matrix of products between points; the covariance is
C = (1/n) XcᵀXc, d x d, between features, and its eigenvectors are the components.
"""

import numpy as np


def pca(X, k):
    n = X.shape[0]
    Xc = X - X.mean(axis=0)
    C = Xc @ Xc.T / n
    eigenvalues, eigenvectors = np.linalg.eigh(C)
    order = np.argsort(eigenvalues)[::-1]
    eigenvalues = eigenvalues[order]
    eigenvectors = eigenvectors[:, order]
    components = eigenvectors[:, :k].T
    ratios = eigenvalues[:k] / eigenvalues.sum()
    Z = Xc @ components.T
    return components, ratios, Z
