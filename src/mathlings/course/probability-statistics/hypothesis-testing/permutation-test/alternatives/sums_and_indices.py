import itertools
import math

import numpy as np


def _statistics(z, n_x, groups):
    """|x̄* − ȳ*| for each row of index groups, from the group sums (the pool's total is fixed)."""
    total, n_y = z.sum(), len(z) - n_x
    sums = z[groups].sum(axis=-1)
    return np.abs(sums / n_x - (total - sums) / n_y)


def exact_permutation_p_value(x, y):
    if min(len(x), len(y)) == 0:
        raise ValueError("empty group")
    z = np.concatenate([x, y])
    groups = np.array(list(itertools.combinations(range(len(z)), len(x))))
    t_obs = abs(np.mean(x) - np.mean(y))
    t_star = _statistics(z, len(x), groups)
    return np.count_nonzero(t_star >= t_obs * (1 - 1e-12) - 1e-12) / math.comb(len(z), len(x))


def permutation_p_value(x, y, n_resamples, seed):
    if len(x) == 0 or len(y) == 0:
        raise ValueError("each group needs at least one value")
    rng = np.random.default_rng(seed)
    z = np.concatenate([x, y])
    orders = rng.permuted(np.tile(np.arange(len(z)), (n_resamples, 1)), axis=1)
    t_star = _statistics(z, len(x), orders[:, : len(x)])
    t_obs = abs(np.mean(x) - np.mean(y))
    return (1 + np.count_nonzero(t_star >= t_obs * (1 - 1e-12) - 1e-12)) / (1 + n_resamples)
