import numpy as np


def decompose(f, x_train, x0, degree, sigma, noise, test_noise):
    """(bias², variance, noise, expected error) at x0 of degree-d polynomial fits, one per run."""
    raise NotImplementedError("write decompose(f, x_train, x0, degree, sigma, noise, test_noise)")
