"""You averaged the squared deviations as if each value were equally likely; Var[X] weights each
by its probability, Σᵢ pᵢ (xᵢ − E[X])².
"""

import numpy as np


def variance(values, probs):
    mu = expectation(values, probs)
    return float(np.mean((values - mu) ** 2))
