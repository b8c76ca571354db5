"""You reordered the rows of eigh's eigenvector matrix (eigenvectors[order]); its eigenvectors are
the columns, so reorder those with the eigenvalues: eigenvectors[:, order].
"""

import numpy as np


def pca(X, k):
    n = X.shape[0]
    Xc = X - X.mean(axis=0)
    C = Xc.T @ Xc / n
    eigenvalues, eigenvectors = np.linalg.eigh(C)
    order = np.argsort(eigenvalues)[::-1]
    eigenvalues = eigenvalues[order]
    eigenvectors = eigenvectors[order]  # the rows, not the columns
    components = eigenvectors[:, :k].T
    ratios = eigenvalues[:k] / eigenvalues.sum()
    Z = Xc @ components.T
    return components, ratios, Z
