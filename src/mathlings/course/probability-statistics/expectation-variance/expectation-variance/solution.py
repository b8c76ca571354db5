import numpy as np


def expectation(values, probs):
    """E[X] = Σᵢ xᵢ pᵢ: each value weighted by its probability."""
    return float(np.sum(values * probs))


def variance(values, probs):
    """Var[X] = E[(X − μ)²] = Σᵢ pᵢ (xᵢ − μ)² with μ = E[X]: the expected squared distance from
    the mean. (Equal to E[X²] − μ², which loses digits when μ is large next to the spread.)"""
    mu = expectation(values, probs)
    return float(np.sum(probs * (values - mu) ** 2))


def sample_variance(x, unbiased=True):
    """s² = Σᵢ (xᵢ − x̄)² / (n − 1) (unbiased: E[s²] = σ² when x̄ estimates μ), or / n (the
    variance of the sample's own empirical distribution, which is biased low by (n − 1)/n)."""
    n = len(x)
    if n == 0 or (unbiased and n == 1):
        raise ValueError(f"the sample variance of {n} point(s) is undefined")
    x_bar = np.sum(x) / n
    squares = np.sum((x - x_bar) ** 2)
    return float(squares / (n - 1 if unbiased else n))
