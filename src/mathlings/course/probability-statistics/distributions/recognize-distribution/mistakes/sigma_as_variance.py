"""You returned the variance s² as the Gaussian's sigma; sigma is the standard deviation, the
square root of the variance (N(μ, σ²) is written with σ², but the parameter asked for is σ)."""


def recognize(x):
    mean, var = np.mean(x), np.var(x)
    if np.all(x == np.round(x)):
        if np.all((x == 0) | (x == 1)):
            return "bernoulli", {"p": mean}
        if var / mean < 0.8:
            n = mean**2 / (mean - var)
            return "binomial", {"n": n, "p": mean / n}
        return "poisson", {"lam": mean}
    if excess_kurtosis(x) < -0.6:
        return "uniform", {"a": np.min(x), "b": np.max(x)}
    return "gaussian", {"mu": mean, "sigma": var}
