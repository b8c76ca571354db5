"""Fault: print about 200 MB, then return a wrong answer."""

import sys

import numpy as np

for _ in range(200):
    sys.stdout.write("x" * 2**20)


def covariance(X):
    d = X.shape[1]
    return np.zeros((d, d))
