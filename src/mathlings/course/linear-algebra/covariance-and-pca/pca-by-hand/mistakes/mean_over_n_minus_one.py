"""You subtracted x̄/(n − 1), not the mean point x̄ itself: Xc = X − X.mean(axis=0) (an n − 1
belongs to the sample covariance, never to the mean, and this drill divides by n).
"""

import numpy as np


def center(X):
    n = X.shape[0]
    return X - X.mean(axis=0) / (n - 1)
