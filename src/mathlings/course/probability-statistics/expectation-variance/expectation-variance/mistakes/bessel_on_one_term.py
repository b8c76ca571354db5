"""You divided only Σxᵢ² by n − 1 and subtracted x̄² as it is; the shortcut form of the unbiased
variance is (Σxᵢ² − n·x̄²) / (n − 1): the whole difference is divided."""


def sample_variance(x, unbiased=True):
    n = len(x)
    if n == 0 or (unbiased and n == 1):
        raise ValueError("undefined")
    x_bar = np.sum(x) / n
    return float(np.sum(x * x) / (n - 1 if unbiased else n) - x_bar**2)
