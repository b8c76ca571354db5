import math


def bernoulli_mle(x):
    k, n = sum(int(v) for v in x), len(x)
    if k in (0, n):
        return k / n  # the maximum sits on the edge
    # solve d/dp log L = k/p − (n − k)/(1 − p) = 0 by bisection, as if no closed form were known
    low, high = 0.0, 1.0
    for _ in range(200):
        mid = (low + high) / 2
        if k / mid - (n - k) / (1 - mid) > 0:
            low = mid
        else:
            high = mid
    return (low + high) / 2


def poisson_mle(x):
    return math.fsum(float(v) for v in x) / len(x)


def gaussian_mle(x):
    n = len(x)
    mu = math.fsum(float(v) for v in x) / n
    return mu, math.fsum((float(v) - mu) ** 2 for v in x) / n
