"""Baseline, no attack: the wrong answer every hostile file here falls back to, a (d, d) matrix
of zeros. It must fail; each attack is this file plus a trick that tries to turn it into a pass."""

import numpy as np


def covariance(X):
    d = X.shape[1]
    return np.zeros((d, d))
