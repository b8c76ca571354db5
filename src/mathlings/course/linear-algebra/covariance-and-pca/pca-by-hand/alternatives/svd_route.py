"""np.cov with bias=True, and the SVD: for a symmetric PSD matrix the singular vectors are the
eigenvectors and the singular values (already descending) are the eigenvalues."""

import numpy as np


def center(X):
    return X - np.mean(X, axis=0, keepdims=True)


def covariance(Xc):
    return np.cov(Xc, rowvar=False, bias=True)


def eigen(C):
    U, singular_values, _ = np.linalg.svd(C)
    return singular_values, U


def project(Xc, V, k):
    return np.einsum("nd,dk->nk", Xc, V[:, :k])
