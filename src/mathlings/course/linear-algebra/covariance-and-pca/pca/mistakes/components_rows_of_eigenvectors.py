"""You took the first k rows of eigh's eigenvector matrix, but its eigenvectors are the columns:
the components are eigenvectors[:, :k].T (columns, turned into rows).
"""

import numpy as np


def pca(X, k):
    n = X.shape[0]
    Xc = X - X.mean(axis=0)
    C = Xc.T @ Xc / n
    eigenvalues, eigenvectors = np.linalg.eigh(C)
    order = np.argsort(eigenvalues)[::-1]
    eigenvalues = eigenvalues[order]
    eigenvectors = eigenvectors[:, order]
    components = eigenvectors[:k]  # rows of the matrix, not eigenvectors
    ratios = eigenvalues[:k] / eigenvalues.sum()
    Z = Xc @ components.T
    return components, ratios, Z
