def expectation(values, probs):
    total = 0.0
    for x, p in zip(values, probs):
        total += x * p
    return total


def variance(values, probs):
    mu = expectation(values, probs)
    total = 0.0
    for x, p in zip(values, probs):
        total += p * (x - mu) ** 2
    return total


def sample_variance(x, unbiased=True):
    n = len(x)
    ddof = 1 if unbiased else 0
    if n - ddof <= 0:
        raise ValueError("the sample variance needs more points")
    mean = sum(x) / n
    return sum((v - mean) ** 2 for v in x) / (n - ddof)
