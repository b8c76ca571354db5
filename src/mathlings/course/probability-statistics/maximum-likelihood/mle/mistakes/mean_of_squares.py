"""You averaged the squares, (1/n) Σᵢ xᵢ², without subtracting the mean first; σ̂² measures the
spread around μ̂ = x̄: (1/n) Σᵢ (xᵢ − x̄)²."""


def gaussian_mle(x):
    n = len(x)
    return float(np.sum(x) / n), float(np.sum(x**2) / n)
