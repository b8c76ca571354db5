"""You swapped binomial and Poisson: a Poisson's variance equals its mean (both λ), and a
binomial's is below it (np(1 − p) < np), so variance/mean near 1 means Poisson and well below 1
means binomial."""


def recognize(x):
    mean, var = np.mean(x), np.var(x)
    if np.all(x == np.round(x)):
        if np.all((x == 0) | (x == 1)):
            return "bernoulli", {"p": mean}
        if var / mean < 0.8:
            return "poisson", {"lam": mean}
        n = mean**2 / (mean - var)
        return "binomial", {"n": n, "p": mean / n}
    if excess_kurtosis(x) < -0.6:
        return "uniform", {"a": np.min(x), "b": np.max(x)}
    return "gaussian", {"mu": mean, "sigma": np.sqrt(var)}
