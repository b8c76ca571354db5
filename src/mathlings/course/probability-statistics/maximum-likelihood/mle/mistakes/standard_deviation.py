"""You returned σ̂, the square root; the task asks for σ̂² = (1/n) Σᵢ (xᵢ − x̄)², the variance."""


def gaussian_mle(x):
    n = len(x)
    mu = np.sum(x) / n
    return float(mu), float(np.sqrt(np.sum((x - mu) ** 2) / n))
