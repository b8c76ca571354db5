"""Your X and Y are correlated; for Cov(X, Y) = 0 exactly, take X symmetric about 0 and Y an even
function of it (X², |X|): then E[XY] = 0 = E[X]·E[Y]."""


def uncorrelated_dependent_pair(n, seed):
    rng = np.random.default_rng(seed)
    x = rng.uniform(0.0, 1.0, n)  # not symmetric about 0: X² rises with X
    return x, x**2
