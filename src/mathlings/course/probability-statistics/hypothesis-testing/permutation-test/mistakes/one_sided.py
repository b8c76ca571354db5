"""You counted T* ≥ T_obs, a one-sided test; the two-sided test asks whether the groups differ in
either direction, so compare sizes: |T*| ≥ |T_obs|."""


def exact_permutation_p_value(x, y):
    if len(x) == 0 or len(y) == 0:
        raise ValueError("each group needs at least one value")
    z = np.concatenate([x, y])
    n, n_x = len(z), len(x)
    t_obs = mean_difference(x, y)
    extreme = splits = 0
    for group in itertools.combinations(range(n), n_x):
        in_x = np.zeros(n, dtype=bool)
        in_x[list(group)] = True
        extreme += mean_difference(z[in_x], z[~in_x]) >= t_obs - TIE
        splits += 1
    return extreme / splits


def permutation_p_value(x, y, n_resamples, seed):
    if len(x) == 0 or len(y) == 0:
        raise ValueError("each group needs at least one value")
    rng = np.random.default_rng(seed)
    z = np.concatenate([x, y])
    t_obs = mean_difference(x, y)
    extreme = 0
    for _ in range(n_resamples):
        z_star = rng.permutation(z)
        extreme += mean_difference(z_star[: len(x)], z_star[len(x) :]) >= t_obs - TIE
    return (1 + extreme) / (1 + n_resamples)
