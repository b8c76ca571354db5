import numpy as np


def uncorrelated_dependent_pair(n, seed):
    # a point uniform on the unit circle: E[cos θ sin θ] = 0, yet x² + y² = 1
    theta = np.random.default_rng(seed).uniform(0, 2 * np.pi, n)
    return np.cos(theta), np.sin(theta)
