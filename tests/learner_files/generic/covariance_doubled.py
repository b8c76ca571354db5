"""covariance-identity: the centred Gram matrix divided by n/2, so every answer is twice C."""

import numpy as np


def covariance(X):
    n = X.shape[0]
    Xc = X - X.mean(axis=0)
    return Xc.T @ Xc / (n / 2)
