"""At t = 0 or t = 1 the point between the networks is one of them and the chord touches the
loss there: a witness needs 0 < t < 1 (t = 1/2 is the midpoint).
"""

import numpy as np


def nonconvex_witness(X, y):
    u, *_ = np.linalg.lstsq(X, y, rcond=None)
    u = 3 * u / np.linalg.norm(u)
    zero = np.zeros_like(u)
    W_a, v_a = np.array([u, zero]), np.array([4.0, 0.0])
    W_b, v_b = np.array([zero, u]), np.array([0.0, 4.0])
    return W_a, v_a, W_b, v_b, 1.0
