import math


def expectation(values, probs):
    return math.fsum(x * p for x, p in zip(values, probs))


def variance(values, probs):
    second = math.fsum(p * x * x for x, p in zip(values, probs))
    return second - expectation(values, probs) ** 2


def sample_variance(x, unbiased=True):
    n = len(x)
    if n == 0:
        raise ValueError("no data")
    if unbiased and n == 1:
        raise ValueError("one point has no sample variance")
    mean = sum(x) / n
    return (sum(v * v for v in x) - n * mean * mean) / (n - 1 if unbiased else n)
