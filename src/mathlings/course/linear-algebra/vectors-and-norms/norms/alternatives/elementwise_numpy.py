"""Elementwise NumPy for |vᵢ| and powers, Python's built-in sum and max for the reductions."""

import math

import numpy as np


def l1(v):
    return sum(np.abs(v))


def l2(v):
    return math.sqrt(sum(v * v))


def linf(v):
    return max(np.abs(v), default=0.0)


def lp(v, p):
    return sum(np.abs(v) ** p) ** (1.0 / p)
