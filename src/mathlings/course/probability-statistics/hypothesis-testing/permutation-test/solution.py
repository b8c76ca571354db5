import itertools

import numpy as np

TIE = 1e-9  # |T*| within this of |T_obs| counts as a tie: rounding must not break one


def mean_difference(x, y):
    """T = x̄ − ȳ."""
    return np.mean(x) - np.mean(y)


def exact_permutation_p_value(x, y):
    """p = #{splits with |T*| ≥ |T_obs|} / C(n, n_x): under H₀ (one distribution for both groups)
    every way of choosing which n_x of the n pooled values form the first group is equally likely,
    and the observed split is one of the C(n, n_x)."""
    if len(x) == 0 or len(y) == 0:
        raise ValueError("each group needs at least one value")
    z = np.concatenate([x, y])
    n, n_x = len(z), len(x)
    t_obs = abs(mean_difference(x, y))
    extreme = splits = 0
    for group in itertools.combinations(range(n), n_x):
        in_x = np.zeros(n, dtype=bool)
        in_x[list(group)] = True
        t_star = abs(mean_difference(z[in_x], z[~in_x]))
        extreme += t_star >= t_obs - TIE
        splits += 1
    return extreme / splits


def permutation_p_value(x, y, n_resamples, seed):
    """p = (1 + #{r : |T*_r| ≥ |T_obs|}) / (1 + R), each T*_r from a uniformly random relabelling of
    the pooled values; the 1 is the observed labelling, so p is never 0."""
    if len(x) == 0 or len(y) == 0:
        raise ValueError("each group needs at least one value")
    rng = np.random.default_rng(seed)
    z = np.concatenate([x, y])
    n_x = len(x)
    t_obs = abs(mean_difference(x, y))
    extreme = 0
    for _ in range(n_resamples):
        z_star = rng.permutation(z)
        t_star = abs(mean_difference(z_star[:n_x], z_star[n_x:]))
        extreme += t_star >= t_obs - TIE
    return (1 + extreme) / (1 + n_resamples)
