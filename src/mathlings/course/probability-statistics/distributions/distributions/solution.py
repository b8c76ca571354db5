import math


def bernoulli_pmf(k, p):
    """P(K = 1) = p, P(K = 0) = 1 − p."""
    if k == 1:
        return p
    if k == 0:
        return 1.0 - p
    return 0.0


def _xlogy(k, q):
    """k·log q, with 0·log 0 = 0 (so that 0⁰ = 1)."""
    return 0.0 if k == 0 else k * math.log(q) if q > 0 else -math.inf


def binomial_pmf(k, n, p):
    """log C(n, k) = log n! − log k! − log (n − k)!, then + k log p + (n − k) log(1 − p):
    summed in log-space, exponentiated once, so no factorial or power overflows."""
    if k < 0 or k > n:
        return 0.0
    log_choose = math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)
    return math.exp(log_choose + _xlogy(k, p) + _xlogy(n - k, 1.0 - p))


def poisson_pmf(k, lam):
    """log P(K = k) = k log λ − λ − log k!."""
    if k < 0:
        return 0.0
    return math.exp(k * math.log(lam) - lam - math.lgamma(k + 1))


def gaussian_pdf(x, mu, sigma):
    """e^(−z²/2) / (σ √(2π)) with z = (x − μ)/σ."""
    z = (x - mu) / sigma
    return math.exp(-0.5 * z * z) / (sigma * math.sqrt(2 * math.pi))


def uniform_pdf(x, a, b):
    """1/(b − a) on [a, b]: the density that is flat and integrates to 1."""
    return 1.0 / (b - a) if a <= x <= b else 0.0
