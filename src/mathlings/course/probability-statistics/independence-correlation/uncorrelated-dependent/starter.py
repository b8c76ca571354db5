import numpy as np


def uncorrelated_dependent_pair(n, seed):
    """(x, y): n draws of a pair with correlation 0 that is not independent."""
    raise NotImplementedError("write uncorrelated_dependent_pair(n, seed)")
