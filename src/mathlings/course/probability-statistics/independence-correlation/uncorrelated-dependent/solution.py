import numpy as np


def uncorrelated_dependent_pair(n, seed):
    """X ~ N(0, 1) and Y = X²: Cov(X, Y) = E[X³] − E[X] E[X²] = 0 because X is symmetric, so the
    correlation is 0, yet Y is a function of X, as dependent as can be."""
    rng = np.random.default_rng(seed)
    x = rng.standard_normal(n)
    y = x**2
    return x, y
