import numpy as np
from scipy.linalg import eigh


def pca(X, k):
    """SciPy's eigh on the sample covariance (1/(n − 1)), only the top k eigenpairs, flipped to
    descending; signs made positive-sum, which is as right as any other sign."""
    n, d = X.shape
    Xc = X - X.mean(axis=0, keepdims=True)
    S = np.einsum("ij,ik->jk", Xc, Xc) / (n - 1)
    top_values, top_vectors = eigh(S, subset_by_index=[d - k, d - 1])
    components = np.flip(top_vectors, axis=1).T
    components *= np.where(components.sum(axis=1, keepdims=True) < 0, -1.0, 1.0)
    ratios = np.flip(top_values) / np.trace(S)
    return components, list(ratios), np.einsum("ij,kj->ik", Xc, components)
