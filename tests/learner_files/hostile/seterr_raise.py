"""Correct, with a strict floating-point state of its own: the judge's arithmetic must not
inherit it."""

import warnings

import numpy as np

np.seterr(all="raise")
warnings.simplefilter("error")


def covariance(X):
    n = X.shape[0]
    Xc = X - X.mean(axis=0)
    return Xc.T @ Xc / n
