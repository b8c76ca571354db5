"""With the hidden weights W fixed the network is a linear model in v (features tanh(Wx)), and the
logistic loss is convex in v: no chord in v alone dips below it. Move the hidden weights: swap two
hidden units, or flip the signs of W and v together.
"""

import numpy as np


def nonconvex_witness(X, y):
    u, *_ = np.linalg.lstsq(X, y, rcond=None)
    W = np.array([3 * u / np.linalg.norm(u)])
    return W, np.array([4.0]), W, np.array([-4.0]), 0.5
