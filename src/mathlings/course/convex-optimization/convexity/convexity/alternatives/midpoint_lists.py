"""Midpoint convexity (t = 1/2 for every pair, enough for a continuous f), eigenvalues by
np.linalg.eig, plain lists for the points, Python's random module seeded by seed."""

import random

import numpy as np


def is_psd(H, tol):
    values = np.linalg.eig(np.asarray(H, dtype=float))[0].real
    return min(values) >= -tol


def hessian_test(H_at_points):
    bad = [k for k in range(len(H_at_points)) if not is_psd(H_at_points[k], 1e-9)]
    return bad[0] if bad else None


def chord_test(f, low, high, n_pairs, seed):
    rand = random.Random(seed)
    scalar = np.ndim(low) == 0
    lows, highs = np.atleast_1d(low), np.atleast_1d(high)
    for _ in range(n_pairs):
        x = np.array([rand.uniform(a, b) for a, b in zip(lows, highs)])
        y = np.array([rand.uniform(a, b) for a, b in zip(lows, highs)])
        mid = (x + y) / 2
        if scalar:
            x, y, mid = x[0], y[0], mid[0]
        if f(mid) - (f(x) + f(y)) / 2 > 1e-9:
            return list(x) if not scalar else x, list(y) if not scalar else y, 0.5
    return None
