import math

import numpy as np


def bernoulli_pmf(k, p):
    if k not in (0, 1):
        return 0.0
    return p**k * (1 - p) ** (1 - k)


def _log_factorial(m):
    return math.lgamma(m + 1)


def binomial_pmf(k, n, p):
    if k < 0 or k > n:
        return 0.0
    with np.errstate(divide="ignore"):
        log_p = np.log(p) if k > 0 else 0.0
        log_q = np.log1p(-p) if n - k > 0 else 0.0
    log_pmf = _log_factorial(n) - _log_factorial(k) - _log_factorial(n - k)
    return float(np.exp(log_pmf + k * log_p + (n - k) * log_q))


def poisson_pmf(k, lam):
    if k < 0:
        return 0.0
    return float(np.exp(k * np.log(lam) - lam - _log_factorial(k)))


def gaussian_pdf(x, mu, sigma):
    return float(np.exp(-0.5 * ((x - mu) / sigma) ** 2) / (sigma * np.sqrt(2 * np.pi)))


def uniform_pdf(x, a, b):
    return float(np.where((a <= x) & (x <= b), 1.0 / (b - a), 0.0))
