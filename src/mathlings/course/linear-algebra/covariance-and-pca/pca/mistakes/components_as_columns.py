"""Your components are columns (d x k), as eigh returns them; return them as rows, shape (k, d),
like scikit-learn's components_: take the transpose.
"""

import numpy as np


def pca(X, k):
    Xc = X - X.mean(axis=0)
    C = Xc.T @ Xc / len(X)
    values, vectors = np.linalg.eigh(C)
    order = np.argsort(values)[::-1]
    values, vectors = values[order], vectors[:, order]
    components = vectors[:, :k]
    ratios = values[:k] / values.sum()
    Z = Xc @ components
    return components, ratios, Z
