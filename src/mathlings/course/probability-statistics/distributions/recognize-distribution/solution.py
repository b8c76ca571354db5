import numpy as np


def excess_kurtosis(x):
    """E[(x − x̄)⁴] / s⁴ − 3: 0 for a Gaussian, −1.2 for a uniform (flat, no tails)."""
    z = x - np.mean(x)
    return np.mean(z**4) / np.mean(z**2) ** 2 - 3


def recognize(x):
    """The family of the sample x and its parameters, by support, then moments:
    whole numbers → discrete: only 0/1 → Bernoulli; else variance/mean = 1 − p < 1 → binomial,
    variance/mean = 1 → Poisson. Real numbers → continuous: flat (kurtosis −1.2) → uniform,
    else Gaussian. The estimates are the sample moments (and min, max for the uniform)."""
    mean, var = np.mean(x), np.var(x)
    if np.all(x == np.round(x)):
        if np.all((x == 0) | (x == 1)):
            return "bernoulli", {"p": mean}
        if var / mean < 0.8:  # halfway between a binomial's 1 − p ≤ 0.6 and a Poisson's 1
            n = mean**2 / (mean - var)  # from mean = np and var = np(1 − p)
            return "binomial", {"n": n, "p": mean / n}
        return "poisson", {"lam": mean}
    if excess_kurtosis(x) < -0.6:  # halfway between a uniform's −1.2 and a Gaussian's 0
        return "uniform", {"a": np.min(x), "b": np.max(x)}
    return "gaussian", {"mu": mean, "sigma": np.sqrt(var)}
