"""At p = 0 or p = 1 you took log 0; with k = 0 (or n − k = 0) that term is 0·log 0, which is 0
by convention (0⁰ = 1): skip the term instead of computing it."""


def binomial_pmf(k, n, p):
    if k < 0 or k > n:
        return 0.0
    log_choose = math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)
    return math.exp(log_choose + k * math.log(p) + (n - k) * math.log(1 - p))
