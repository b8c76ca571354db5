"""You never centered X: PCA is about the spread around the mean, so first subtract the mean row,
Xc = X − μ; the components come from Xc (its covariance, or its SVD), and Z = Xc componentsᵀ.
"""

import numpy as np


def pca(X, k):
    C = X.T @ X / len(X)
    values, vectors = np.linalg.eigh(C)
    order = np.argsort(values)[::-1]
    values, vectors = values[order], vectors[:, order]
    components = vectors[:, :k].T
    ratios = values[:k] / values.sum()
    Z = X @ components.T
    return components, ratios, Z
