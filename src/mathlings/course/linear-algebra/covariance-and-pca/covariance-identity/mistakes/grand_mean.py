"""You subtracted one mean of all the entries; each feature (column) needs its own mean:
Xc = X − X.mean(axis=0).
"""

import numpy as np


def covariance(X):
    n = X.shape[0]
    Xc = X - X.mean()
    return Xc.T @ Xc / n
