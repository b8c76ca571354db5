"""Your X and Y are independent, so zero correlation was never in doubt; the point is a pair whose
dependence correlation cannot see, such as Y = X² or Y = S·X with an independent random sign S."""


def uncorrelated_dependent_pair(n, seed):
    rng = np.random.default_rng(seed)
    return rng.standard_normal(n), rng.standard_normal(n)
