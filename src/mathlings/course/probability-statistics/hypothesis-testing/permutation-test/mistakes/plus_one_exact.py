"""You added 1 to the count and to the number of splits, as for a Monte Carlo test; the exact
enumeration already contains the observed split, so p = #{|T*| ≥ |T_obs|} / C(n, n_x) as it is."""


def exact_permutation_p_value(x, y):
    if len(x) == 0 or len(y) == 0:
        raise ValueError("each group needs at least one value")
    z = np.concatenate([x, y])
    n, n_x = len(z), len(x)
    t_obs = abs(mean_difference(x, y))
    extreme = splits = 0
    for group in itertools.combinations(range(n), n_x):
        in_x = np.zeros(n, dtype=bool)
        in_x[list(group)] = True
        extreme += abs(mean_difference(z[in_x], z[~in_x])) >= t_obs - TIE
        splits += 1
    return (1 + extreme) / (1 + splits)
