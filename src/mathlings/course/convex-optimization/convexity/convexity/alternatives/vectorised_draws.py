"""All draws at once, then one point at a time through f; PSD as H + tol·I having no negative
eigenvalue (np.linalg.eigvalsh); the last non-PSD index rather than the first."""

import numpy as np


def is_psd(H, tol):
    shifted = np.asarray(H) + tol * np.eye(len(H))
    return np.linalg.eigvalsh(shifted)[0] >= 0


def hessian_test(H_at_points):
    found = None
    for k in range(len(H_at_points)):
        if not is_psd(H_at_points[k], 1e-9):
            found = k
    return found


def chord_test(f, low, high, n_pairs, seed):
    rng = np.random.default_rng(seed)
    shape = (n_pairs, *np.shape(low))
    xs = rng.uniform(low, high, size=shape)
    ys = rng.uniform(low, high, size=shape)
    ts = rng.random(n_pairs)
    for x, y, t in zip(xs, ys, ts):
        z = t * x + (1 - t) * y
        if f(z) - (t * f(x) + (1 - t) * f(y)) > 1e-9:
            return (x, y, float(t))
    return None
