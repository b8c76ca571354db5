import numpy as np


def bernoulli_mle(x):
    """p̂ = (1/n) Σᵢ xᵢ: the fraction of ones. It maximizes log L(p) = k log p + (n − k) log(1 − p)
    with k = Σᵢ xᵢ, whose derivative k/p − (n − k)/(1 − p) vanishes at p = k/n."""
    n = len(x)
    return float(np.sum(x) / n)


def poisson_mle(x):
    """λ̂ = (1/n) Σᵢ xᵢ: the mean count. It maximizes log L(λ) = Σᵢ xᵢ log λ − nλ − Σᵢ log xᵢ!,
    whose derivative Σᵢ xᵢ / λ − n vanishes at λ = x̄."""
    n = len(x)
    return float(np.sum(x) / n)


def gaussian_mle(x):
    """μ̂ = x̄ and σ̂² = (1/n) Σᵢ (xᵢ − x̄)²: they maximize
    log L(μ, σ²) = −(n/2) log(2πσ²) − Σᵢ (xᵢ − μ)² / (2σ²). The 1/n (not 1/(n − 1)) is what
    the likelihood gives; it is biased low by (n − 1)/n."""
    n = len(x)
    mu = np.sum(x) / n
    sigma2 = np.sum((x - mu) ** 2) / n
    return float(mu), float(sigma2)
