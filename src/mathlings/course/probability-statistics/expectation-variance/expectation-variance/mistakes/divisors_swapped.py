"""Your two divisors are swapped: the unbiased sample variance divides by n − 1 (Bessel's
correction, because x̄ is fitted to the same data), and the other one by n."""


def sample_variance(x, unbiased=True):
    n = len(x)
    if n == 0 or (unbiased and n == 1):
        raise ValueError("undefined")
    x_bar = np.sum(x) / n
    return float(np.sum((x - x_bar) ** 2) / (n if unbiased else n - 1))
