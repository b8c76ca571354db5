"""You returned the standard deviation √Var[X]; the variance is the square, Σᵢ pᵢ (xᵢ − μ)²,
without the root."""


def variance(values, probs):
    mu = expectation(values, probs)
    return float(np.sqrt(np.sum(probs * (values - mu) ** 2)))
