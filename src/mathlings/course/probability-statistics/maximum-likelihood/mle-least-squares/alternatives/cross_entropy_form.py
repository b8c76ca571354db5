import numpy as np


def log_sigmoid(z):
    # log σ(z) = −log(1 + e^−z), with the big exponent kept out of exp
    return np.minimum(z, 0.0) - np.log1p(np.exp(-np.abs(z)))


def gaussian_nll(X, y, w, b, sigma):
    log_density = -0.5 * ((y - X @ w - b) / sigma) ** 2 - np.log(sigma) - 0.5 * np.log(2 * np.pi)
    return -log_density.sum()


def bernoulli_nll(X, y, w, b):
    z = X @ w + b
    return -np.sum(y * log_sigmoid(z) + (1 - y) * log_sigmoid(-z))
