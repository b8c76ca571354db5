"""You cut α from each end instead of α/2, which makes a (1 − 2α) interval; a two-sided interval
at confidence 1 − α leaves α/2 below and α/2 above: the α/2 and 1 − α/2 quantiles."""


def percentile_bootstrap_ci(x, n_resamples, confidence, seed):
    n = len(x)
    if n == 0:
        raise ValueError("the mean of an empty sample is undefined")
    rng = np.random.default_rng(seed)
    means = np.array([np.mean(x[rng.integers(0, n, size=n)]) for _ in range(n_resamples)])
    alpha = 1 - confidence
    low, high = np.quantile(means, [alpha, 1 - alpha])
    return float(low), float(high)
