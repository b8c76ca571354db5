"""You centered each row (point) by its own mean; center each column (feature) instead:
Xc = X − X.mean(axis=0).
"""

import numpy as np


def covariance(X):
    n = X.shape[0]
    Xc = X - X.mean(axis=1, keepdims=True)
    return Xc.T @ Xc / n
