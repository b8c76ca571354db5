"""You drew the resamples without replacement, so each is a reshuffle of x with the same mean and
the interval has no width; the bootstrap draws n values *with* replacement, so that some repeat and
some are left out."""


def percentile_bootstrap_ci(x, n_resamples, confidence, seed):
    n = len(x)
    if n == 0:
        raise ValueError("the mean of an empty sample is undefined")
    rng = np.random.default_rng(seed)
    means = np.array([np.mean(rng.permutation(x)) for _ in range(n_resamples)])
    alpha = 1 - confidence
    low, high = np.quantile(means, [alpha / 2, 1 - alpha / 2])
    return float(low), float(high)
