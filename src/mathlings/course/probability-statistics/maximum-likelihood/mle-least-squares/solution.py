import numpy as np


def gaussian_nll(X, y, w, b, sigma):
    """−log L = −Σᵢ log N(yᵢ; ŷᵢ, σ²) = SSE/(2σ²) + n log(σ√(2π)), with ŷ = Xw + b and
    SSE = Σᵢ (yᵢ − ŷᵢ)². For a fixed σ only SSE depends on (w, b): least squares is the MLE."""
    n = len(y)
    residual = y - (X @ w + b)
    sse = residual @ residual
    return float(sse / (2 * sigma**2) + n * np.log(sigma * np.sqrt(2 * np.pi)))


def bernoulli_nll(X, y, w, b):
    """−log L = −Σᵢ [yᵢ log pᵢ + (1 − yᵢ) log(1 − pᵢ)] with p = sigmoid(z), z = Xw + b: the
    cross-entropy. Since log p = z − log(1 + eᶻ) and log(1 − p) = −log(1 + eᶻ), it is
    Σᵢ [log(1 + e^zᵢ) − yᵢ zᵢ], and log(1 + eᶻ) = logaddexp(0, z) never overflows."""
    z = X @ w + b
    return float(np.sum(np.logaddexp(0.0, z) - y * z))
