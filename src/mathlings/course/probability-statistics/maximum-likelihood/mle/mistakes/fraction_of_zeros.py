"""You counted the zeros; p is the probability of a 1, so p̂ = (1/n) Σᵢ xᵢ is the fraction of
ones."""


def bernoulli_mle(x):
    return float(np.sum(x == 0) / len(x))
