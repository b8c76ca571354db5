"""You compared the midpoint f((x + y)/2) with the chord at a random t; the point and the chord
must use the same t: f(t x + (1 − t) y) against t f(x) + (1 − t) f(y) (or t = 1/2 for both).
"""

import numpy as np


def chord_test(f, low, high, n_pairs, seed):
    rng = np.random.default_rng(seed)
    for _ in range(n_pairs):
        x = rng.uniform(low, high)
        y = rng.uniform(low, high)
        t = rng.uniform(0.0, 1.0)
        if f((x + y) / 2) > t * f(x) + (1 - t) * f(y) + 1e-9:
            return x, y, t
    return None
