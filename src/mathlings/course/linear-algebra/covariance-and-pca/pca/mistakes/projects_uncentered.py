"""You projected X itself; Z is the projection of the centered data, Z = (X − μ) componentsᵀ."""

import numpy as np


def pca(X, k):
    Xc = X - X.mean(axis=0)
    C = Xc.T @ Xc / len(X)
    values, vectors = np.linalg.eigh(C)
    order = np.argsort(values)[::-1]
    values, vectors = values[order], vectors[:, order]
    components = vectors[:, :k].T
    ratios = values[:k] / values.sum()
    Z = X @ components.T
    return components, ratios, Z
