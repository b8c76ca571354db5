import numpy as np


def bernoulli_mle(x):
    """p̂ that maximizes Π pˣⁱ (1 − p)¹⁻ˣⁱ for a 1-D array x of 0s and 1s."""
    raise NotImplementedError("write bernoulli_mle(x)")


def poisson_mle(x):
    """λ̂ that maximizes Π e^(−λ) λˣⁱ / xᵢ! for a 1-D array x of counts."""
    raise NotImplementedError("write poisson_mle(x)")


def gaussian_mle(x):
    """(μ̂, σ̂²) that maximize Π N(xᵢ; μ, σ²) for a 1-D array x."""
    raise NotImplementedError("write gaussian_mle(x)")
