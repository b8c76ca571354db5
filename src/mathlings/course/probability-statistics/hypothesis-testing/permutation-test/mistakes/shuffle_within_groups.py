"""You shuffled x and y each within itself, which leaves both means as they are, so every T* is
T_obs and p = 1; pool the n values first and deal them out again into groups of n_x and n_y."""


def permutation_p_value(x, y, n_resamples, seed):
    if len(x) == 0 or len(y) == 0:
        raise ValueError("each group needs at least one value")
    rng = np.random.default_rng(seed)
    t_obs = abs(mean_difference(x, y))
    extreme = 0
    for _ in range(n_resamples):
        extreme += abs(mean_difference(rng.permutation(x), rng.permutation(y))) >= t_obs - TIE
    return (1 + extreme) / (1 + n_resamples)
