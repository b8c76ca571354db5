"""You returned #{|T*| ≥ |T_obs|} / R; the Monte Carlo p-value counts the observed labelling
too, p = (1 + #{|T*| ≥ |T_obs|}) / (1 + R), so it is never 0 and a true null is not rejected too
often."""


def permutation_p_value(x, y, n_resamples, seed):
    if len(x) == 0 or len(y) == 0:
        raise ValueError("each group needs at least one value")
    rng = np.random.default_rng(seed)
    z = np.concatenate([x, y])
    t_obs = abs(mean_difference(x, y))
    extreme = 0
    for _ in range(n_resamples):
        z_star = rng.permutation(z)
        extreme += abs(mean_difference(z_star[: len(x)], z_star[len(x) :])) >= t_obs - TIE
    return extreme / n_resamples
