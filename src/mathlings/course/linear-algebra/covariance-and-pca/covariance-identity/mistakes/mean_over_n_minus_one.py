"""You subtracted μ/(n − 1), not the mean row μ itself: center with Xc = X − μ; no n − 1 appears
anywhere in this drill, which uses C = (1/n) XcᵀXc.
"""

import numpy as np


def covariance(X):
    n = X.shape[0]
    Xc = X - X.mean(axis=0) / (n - 1)
    return Xc.T @ Xc / n
