import numpy as np


def covariance(X):
    """C[j, k] = mean over points i of Xc[i, j] Xc[i, k], written with einsum."""
    Xc = X - np.mean(X, axis=0, keepdims=True)
    return np.einsum("ij,ik->jk", Xc, Xc) / len(X)
