import numpy as np


def percentile_bootstrap_ci(x, n_resamples, confidence, seed):
    """(low, high): the α/2 and 1 − α/2 quantiles of B bootstrap means, α = 1 − confidence."""
    raise NotImplementedError("write percentile_bootstrap_ci(x, n_resamples, confidence, seed)")
