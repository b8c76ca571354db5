"""You drew the new groups from the pooled values with replacement, which is a bootstrap; a
permutation test deals out the same n values again without replacement (a shuffle of the pool), and
the null distribution of T that this gives is the one the p-value is about."""


def permutation_p_value(x, y, n_resamples, seed):
    if len(x) == 0 or len(y) == 0:
        raise ValueError("each group needs at least one value")
    rng = np.random.default_rng(seed)
    z = np.concatenate([x, y])
    t_obs = abs(mean_difference(x, y))
    extreme = 0
    for _ in range(n_resamples):
        z_star = rng.choice(z, size=len(z), replace=True)
        extreme += abs(mean_difference(z_star[: len(x)], z_star[len(x) :])) >= t_obs - TIE
    return (1 + extreme) / (1 + n_resamples)
