"""You scale v so that its largest entry is 1 (the textbook power method), so the v you return is
not a unit vector: divide it by its length, v / ‖v‖, before you return it.
"""

import numpy as np


def power_iteration(A, tol=1e-10, max_iter=10000):
    rng = np.random.default_rng(0)
    v = rng.standard_normal(A.shape[0])
    lam = 0.0
    for _ in range(max_iter):
        w = A @ v
        lam_new = w[np.argmax(np.abs(w))]  # the entry of largest size: λ times v's largest, 1
        v = w / lam_new
        if abs(lam_new - lam) < tol:
            lam = lam_new
            break
        lam = lam_new
    return lam, v
