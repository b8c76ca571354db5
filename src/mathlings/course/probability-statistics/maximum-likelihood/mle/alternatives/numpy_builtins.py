import numpy as np


def bernoulli_mle(x):
    return np.mean(x)


def poisson_mle(x):
    return x.mean()


def gaussian_mle(x):
    # np.var divides by n by default (ddof=0): exactly the maximum-likelihood estimate
    return [np.mean(x), np.var(x)]
