import numpy as np


def percentile_bootstrap_ci(x, n_resamples, confidence, seed):
    if x.size == 0:
        raise ValueError("empty sample")
    rng = np.random.default_rng(seed)
    boot = rng.choice(x, size=(n_resamples, x.size), replace=True).mean(axis=1)
    tail = 50 * (1 - confidence)
    # An array of two, as the task allows: the same-seed test must not choke on array != array.
    return np.percentile(boot, [tail, 100 - tail], method="inverted_cdf")
