"""Your ratios divide by the variance of the k kept components only, so they always sum to 1;
divide by the total variance λ₁ + … + λ_d of all d directions.
"""

import numpy as np


def pca(X, k):
    Xc = X - X.mean(axis=0)
    C = Xc.T @ Xc / len(X)
    values, vectors = np.linalg.eigh(C)
    order = np.argsort(values)[::-1]
    values, vectors = values[order], vectors[:, order]
    components = vectors[:, :k].T
    ratios = values[:k] / values[:k].sum()
    Z = Xc @ components.T
    return components, ratios, Z
