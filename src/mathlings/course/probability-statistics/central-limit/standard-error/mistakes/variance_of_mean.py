"""You returned s²/n, the estimated variance of the mean, and forgot its square root: the
standard error is √(s²/n) = s/√n, in the units of the data."""


def standard_error(x):
    n = len(x)
    if n < 2:
        raise ValueError("n < 2")
    return float(np.sum((x - np.mean(x)) ** 2) / (n - 1) / n)
