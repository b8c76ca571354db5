"""You used the 1/n standard deviation; this drill's s divides by n − 1, s² = Σᵢ (xᵢ − x̄)²/(n − 1),
the unbiased estimate of σ² (a difference of a factor √((n − 1)/n), large for small n)."""


def standard_error(x):
    n = len(x)
    if n < 2:
        raise ValueError("n < 2")
    s = np.sqrt(np.sum((x - np.mean(x)) ** 2) / n)
    return float(s / np.sqrt(n))
