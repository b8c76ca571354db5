"""np.log(1 + np.exp(-m)) overflows when the network's output is large and wrong (m ≈ −1000
gives inf); compute log(1 + e^(−m)) stably, as max(−m, 0) + log(1 + e^(−|m|)) or np.logaddexp.
"""

import numpy as np


def network_loss(X, y, W, v):
    s = np.tanh(X @ W.T) @ v
    return float(np.mean(np.log(1 + np.exp(-y * s))))
