import numpy as np
from scipy.stats import norm


def standard_error(x):
    """s/√n with the 1/(n − 1) sample standard deviation s; ValueError when n < 2."""
    raise NotImplementedError("write standard_error(x)")


def mean_ci(x, level=0.95):
    """(x̄ − z·SE, x̄ + z·SE) with z = Φ⁻¹((1 + level)/2)."""
    raise NotImplementedError("write mean_ci(x, level)")
