"""You divide by n whatever `unbiased` says; with unbiased=True divide by n − 1, since the
squared distances to x̄ (fitted to the same points) run short of those to the true mean."""


def sample_variance(x, unbiased=True):
    n = len(x)
    if n == 0:
        raise ValueError("undefined")
    x_bar = np.sum(x) / n
    return float(np.sum((x - x_bar) ** 2) / n)
