"""scipy.linalg.eigh, flipped to descending; einsum for the covariance; np.dot to project."""

import numpy as np
import scipy.linalg


def center(X):
    Xc = X.copy()
    Xc -= Xc.sum(axis=0) / len(Xc)
    return Xc


def covariance(Xc):
    return np.einsum("ij,ik->jk", Xc, Xc) / len(Xc)


def eigen(C):
    values, V = scipy.linalg.eigh(C)
    return np.flip(values), np.flip(V, axis=1)


def project(Xc, V, k):
    top = V.T[:k].T
    return np.dot(Xc, top)
