"""Fault: return about 400 MB of floats, more than any answer frame may hold."""

import numpy as np


def covariance(X):
    return np.ones(50_000_000)
