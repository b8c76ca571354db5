import itertools

import numpy as np


def exact_permutation_p_value(x, y):
    """p = #{splits of the pooled values with |T*| ≥ |T_obs|} / C(n, n_x), T = x̄ − ȳ."""
    raise NotImplementedError("write exact_permutation_p_value(x, y)")


def permutation_p_value(x, y, n_resamples, seed):
    """p = (1 + #{r : |T*_r| ≥ |T_obs|}) / (1 + R) over R random relabellings."""
    raise NotImplementedError("write permutation_p_value(x, y, n_resamples, seed)")
