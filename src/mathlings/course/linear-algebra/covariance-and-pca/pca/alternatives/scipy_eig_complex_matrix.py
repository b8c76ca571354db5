"""As public code does it: np.cov (n − 1), scipy.linalg.eig on an np.matrix, so the eigenvalues
come back complex with zero imaginary parts and the components and Z as np.matrix objects."""

import numpy as np
from scipy import linalg


def pca(X, k):
    mean = np.mean(X, axis=0)
    centered = X - mean
    values, vectors = linalg.eig(np.asmatrix(np.cov(X, rowvar=False)))
    top = np.argsort(values)[::-1][:k]
    chosen = vectors[:, top]
    return chosen.T, values[top] / np.sum(values), np.dot(centered, chosen)
