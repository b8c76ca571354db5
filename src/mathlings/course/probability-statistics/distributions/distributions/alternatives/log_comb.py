import math


def bernoulli_pmf(k, p):
    return {0: 1 - p, 1: p}.get(k, 0.0)


def binomial_pmf(k, n, p):
    if not 0 <= k <= n:
        return 0.0
    if p == 0.0:
        return 1.0 if k == 0 else 0.0
    if p == 1.0:
        return 1.0 if k == n else 0.0
    # math.comb is an exact integer, and math.log takes a big integer without overflow
    return math.exp(math.log(math.comb(n, k)) + k * math.log(p) + (n - k) * math.log1p(-p))


def poisson_pmf(k, lam):
    return 0.0 if k < 0 else math.exp(k * math.log(lam) - lam - math.lgamma(k + 1))


def gaussian_pdf(x, mu, sigma):
    return math.exp(-(((x - mu) / sigma) ** 2) / 2) / math.sqrt(2 * math.pi * sigma**2)


def uniform_pdf(x, a, b):
    if x < a or x > b:
        return 0.0
    return 1 / (b - a)
