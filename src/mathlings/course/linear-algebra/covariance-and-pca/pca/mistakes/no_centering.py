"""You formed XᵀX/n from X itself; without centering, the top "component" leans toward the mean
instead of along the spread: subtract the mean row first.
"""

import numpy as np


def pca(X, k):
    C = X.T @ X / len(X)
    values, vectors = np.linalg.eigh(C)
    order = np.argsort(values)[::-1]
    values, vectors = values[order], vectors[:, order]
    components = vectors[:, :k].T
    ratios = values[:k] / values.sum()
    Z = (X - X.mean(axis=0)) @ components.T
    return components, ratios, Z
