"""You took the uniform's ends as x̄ ± s, one standard deviation out; U[a, b] has standard
deviation (b − a)/√12, so its ends are x̄ ± √3·s (or just min and max), not x̄ ± s."""


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
        return "uniform", {"a": mean - np.sqrt(var), "b": mean + np.sqrt(var)}
    return "gaussian", {"mu": mean, "sigma": np.sqrt(var)}
