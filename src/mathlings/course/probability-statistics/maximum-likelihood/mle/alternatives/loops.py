def bernoulli_mle(x):
    ones = 0
    for value in x:
        ones += int(value == 1)
    return ones / len(x)


def poisson_mle(x):
    total = 0
    for count in x:
        total += int(count)
    return total / len(x)


def gaussian_mle(x):
    n = len(x)
    mean = sum(float(v) for v in x) / n
    return mean, sum((float(v) - mean) ** 2 for v in x) / n
