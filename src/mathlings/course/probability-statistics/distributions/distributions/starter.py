import math

import numpy as np


def bernoulli_pmf(k, p):
    """P(K = k) for K ~ Bernoulli(p)."""
    raise NotImplementedError("write bernoulli_pmf(k, p)")


def binomial_pmf(k, n, p):
    """C(n, k) p^k (1 − p)^(n − k), in log-space."""
    raise NotImplementedError("write binomial_pmf(k, n, p)")


def poisson_pmf(k, lam):
    """e^(−λ) λ^k / k!, in log-space."""
    raise NotImplementedError("write poisson_pmf(k, lam)")


def gaussian_pdf(x, mu, sigma):
    """The N(μ, σ²) density."""
    raise NotImplementedError("write gaussian_pdf(x, mu, sigma)")


def uniform_pdf(x, a, b):
    """1 / (b − a) on [a, b], 0 outside."""
    raise NotImplementedError("write uniform_pdf(x, a, b)")
