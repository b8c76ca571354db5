"""You compared without the tolerance: on a straight line the chord equals the graph, and rounding
puts f(t x + (1 − t) y) a few 1e-16 above it; a violation must exceed the chord by more than 1e-9.
"""

import numpy as np


def chord_test(f, low, high, n_pairs, seed):
    rng = np.random.default_rng(seed)
    for _ in range(n_pairs):
        x = rng.uniform(low, high)
        y = rng.uniform(low, high)
        t = rng.uniform(0.0, 1.0)
        if f(t * x + (1 - t) * y) > t * f(x) + (1 - t) * f(y):
            return x, y, t
    return None
