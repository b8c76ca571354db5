"""You clipped p to [1e-15, 1 − 1e-15] (scikit-learn's old log_loss default) after computing it as
1/(1 + e^(−z)): at margins near 30, 1 − p has already lost most of its digits before the clip, and
from |z| ≈ 34.5 on every sample's loss is capped at 34.5. Write it as log(1 + eᶻ) − y z."""


def bernoulli_nll(X, y, w, b):
    p = np.clip(1 / (1 + np.exp(-(X @ w + b))), 1e-15, 1 - 1e-15)
    return float(-np.sum(y * np.log(p) + (1 - y) * np.log(1 - p)))
