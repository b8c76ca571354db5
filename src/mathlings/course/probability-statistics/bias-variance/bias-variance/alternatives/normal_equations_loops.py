"""Every run's least squares at once with lstsq on the Vandermonde matrix (one column of targets
per run), then plain Python sums."""

import numpy as np


def decompose(
    f, x_train: np.ndarray, x0: float, degree: int, sigma: float, noise: np.ndarray,
    test_noise: np.ndarray,
) -> tuple[float, float, float, float]:  # fmt: skip
    R = len(noise)
    X = np.column_stack([x_train**k for k in range(degree + 1)])
    Y = (f(x_train) + noise).T
    W, *_ = np.linalg.lstsq(X, Y, rcond=None)
    powers = np.array([x0**k for k in range(degree + 1)])
    y_hat = [float(powers @ W[:, r]) for r in range(R)]
    y_bar = sum(y_hat) / R
    fx0 = float(f(x0))
    bias2 = (y_bar - fx0) ** 2
    variance = sum((y - y_bar) ** 2 for y in y_hat) / R
    error = sum((y - (fx0 + e)) ** 2 for y, e in zip(y_hat, test_noise)) / R
    return bias2, variance, sigma**2, error
