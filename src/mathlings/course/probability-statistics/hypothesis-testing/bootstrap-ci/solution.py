import numpy as np


def percentile_bootstrap_ci(x, n_resamples, confidence, seed):
    """[q_{α/2}, q_{1−α/2}] of the bootstrap means x̄*₁, …, x̄*_B, α = 1 − confidence: each x̄*_b
    is the mean of n values drawn from x with replacement, so the spread of the x̄*_b stands in
    for the sampling spread of x̄."""
    n = len(x)
    if n == 0:
        raise ValueError("the mean of an empty sample is undefined")
    rng = np.random.default_rng(seed)
    resamples = x[rng.integers(0, n, size=(n_resamples, n))]  # row b: n draws with replacement
    means = np.mean(resamples, axis=1)
    alpha = 1 - confidence
    low, high = np.quantile(means, [alpha / 2, 1 - alpha / 2])
    return float(low), float(high)
