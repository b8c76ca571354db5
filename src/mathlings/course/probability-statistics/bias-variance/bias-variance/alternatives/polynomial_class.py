"""NumPy's Polynomial.fit (which rescales x to [−1, 1] before solving), np.var for the 1/R
variance, and the answer as a list."""

import numpy as np
from numpy.polynomial import Polynomial


def decompose(f, x_train, x0, degree, sigma, noise, test_noise):
    y_hat = np.array([Polynomial.fit(x_train, f(x_train) + eps, degree)(x0) for eps in noise])
    truth = f(x0)
    return [
        (y_hat.mean() - truth) ** 2,
        np.var(y_hat),
        sigma * sigma,
        np.mean((y_hat - (truth + test_noise)) ** 2),
    ]
