import numpy as np


def covariance(X):
    """C = (1/n) Σᵢ xᵢxᵢᵀ − μμᵀ: the average outer product minus the mean's outer product."""
    n, d = X.shape
    mu = np.zeros(d)
    second_moment = np.zeros((d, d))
    for x in X:
        mu += x / n
        second_moment += np.outer(x, x) / n
    return second_moment - np.outer(mu, mu)
