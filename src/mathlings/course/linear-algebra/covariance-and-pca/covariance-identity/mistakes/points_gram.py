"""You computed Xc Xcᵀ, an n x n matrix of point-by-point products; the covariance is XcᵀXc / n,
d x d, one entry per pair of features.
"""

import numpy as np


def covariance(X):
    n = X.shape[0]
    Xc = X - X.mean(axis=0)
    return Xc @ Xc.T / n
