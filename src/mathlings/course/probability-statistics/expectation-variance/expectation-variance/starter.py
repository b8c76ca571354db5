import numpy as np


def expectation(values, probs):
    """E[X] = Σᵢ xᵢ pᵢ for X = values[i] with probability probs[i]."""
    raise NotImplementedError("write expectation(values, probs)")


def variance(values, probs):
    """Var[X] = Σᵢ pᵢ (xᵢ − E[X])²."""
    raise NotImplementedError("write variance(values, probs)")


def sample_variance(x, unbiased=True):
    """Σᵢ (xᵢ − x̄)² / (n − 1) if unbiased, else / n; ValueError when it is undefined."""
    raise NotImplementedError("write sample_variance(x, unbiased)")
