"""Your chord inequality is reversed: a convex function has its chords on or *above* the graph, so
a violation is f(t x + (1 − t) y) > t f(x) + (1 − t) f(y) + 1e-9, the graph above the chord.
"""

import numpy as np


def chord_test(f, low, high, n_pairs, seed):
    rng = np.random.default_rng(seed)
    for _ in range(n_pairs):
        x = rng.uniform(low, high)
        y = rng.uniform(low, high)
        t = rng.uniform(0.0, 1.0)
        if f(t * x + (1 - t) * y) < t * f(x) + (1 - t) * f(y) - 1e-9:
            return x, y, t
    return None
