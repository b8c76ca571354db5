import numpy as np


def expectation(values, probs):
    return values @ probs


def variance(values, probs):
    centred = values - values @ probs
    return (centred**2) @ probs


def sample_variance(x, unbiased=True):
    if x.size == 0 or (unbiased and x.size == 1):
        raise ValueError("undefined sample variance")
    return np.sum((x - np.mean(x)) ** 2) / (x.size - int(unbiased))
