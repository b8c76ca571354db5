"""You tested variance < mean before the support, and a Bernoulli passes that test too (its
variance p(1 − p) is below its mean p): look at the values first, since data that are only 0s
and 1s are Bernoulli."""


def recognize(x):
    mean, var = np.mean(x), np.var(x)
    if np.all(x == np.round(x)):
        if var / mean < 0.8:
            n = mean**2 / (mean - var)
            return "binomial", {"n": n, "p": mean / n}
        if np.all((x == 0) | (x == 1)):
            return "bernoulli", {"p": mean}
        return "poisson", {"lam": mean}
    if excess_kurtosis(x) < -0.6:
        return "uniform", {"a": np.min(x), "b": np.max(x)}
    return "gaussian", {"mu": mean, "sigma": np.sqrt(var)}
