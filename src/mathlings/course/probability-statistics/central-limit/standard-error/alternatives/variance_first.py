import numpy as np
from scipy.stats import norm


def standard_error(x):
    n = len(x)
    if n < 2:
        raise ValueError("undefined for fewer than two points")
    variance_of_mean = np.var(x, ddof=1) / n
    return variance_of_mean**0.5


def mean_ci(x, level=0.95):
    z = norm.isf((1 - level) / 2)
    interval = np.mean(x) + np.array([-z, z]) * standard_error(x)
    return tuple(interval)
