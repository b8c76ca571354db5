"""You took the quantiles of the data x, which is where single values fall; the interval for the
mean takes the quantiles of the B bootstrap means, whose spread is about 1/√n of the data's."""


def percentile_bootstrap_ci(x, n_resamples, confidence, seed):
    if len(x) == 0:
        raise ValueError("the mean of an empty sample is undefined")
    alpha = 1 - confidence
    low, high = np.quantile(x, [alpha / 2, 1 - alpha / 2])
    return float(low), float(high)
