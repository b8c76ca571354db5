"""You computed sigmoid(z) first and took log p and log(1 − p) of it; at large margins p rounds
to exactly 1 or 0, and the log is −∞ (or 0 · −∞ = NaN). Write it as log(1 + eᶻ) − y z."""


def bernoulli_nll(X, y, w, b):
    p = 1 / (1 + np.exp(-(X @ w + b)))
    return float(-np.sum(y * np.log(p) + (1 - y) * np.log(1 - p)))
