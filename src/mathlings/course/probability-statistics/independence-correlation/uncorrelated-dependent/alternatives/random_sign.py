import numpy as np


def uncorrelated_dependent_pair(n, seed):
    # Y = S X with an independent fair sign S: both are N(0, 1), E[XY] = E[S] E[X²] = 0, |Y| = |X|.
    rng = np.random.default_rng(seed)
    x = rng.normal(size=n)
    s = rng.choice([-1.0, 1.0], size=n)
    return x, s * x
