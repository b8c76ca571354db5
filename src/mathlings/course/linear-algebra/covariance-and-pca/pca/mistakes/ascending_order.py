"""np.linalg.eigh returns the eigenvalues in ascending order, so you kept the k smallest; PCA wants
the largest first: reverse the order before taking k.
"""

import numpy as np


def pca(X, k):
    Xc = X - X.mean(axis=0)
    C = Xc.T @ Xc / len(X)
    values, vectors = np.linalg.eigh(C)
    components = vectors[:, :k].T
    ratios = values[:k] / values.sum()
    Z = Xc @ components.T
    return components, ratios, Z
