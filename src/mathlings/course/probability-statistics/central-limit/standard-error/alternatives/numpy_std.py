import numpy as np
import scipy.stats


def standard_error(x):
    x = np.asarray(x, dtype=float)
    if x.size <= 1:
        raise ValueError("need n >= 2")
    return np.std(x, ddof=1) / np.sqrt(x.size)


def mean_ci(x, level=0.95):
    z = -scipy.stats.norm.ppf((1 - level) / 2)
    m = np.mean(x)
    return [m - z * standard_error(x), m + z * standard_error(x)]
