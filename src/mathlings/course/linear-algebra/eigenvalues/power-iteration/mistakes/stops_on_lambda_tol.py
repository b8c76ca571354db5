"""You stop when λ changes by less than tol; λ converges twice as fast as v (its error is the
square of v's), so v is still off when λ has settled: test v itself, min(‖v_new − v‖,
‖v_new + v‖) < tol.
"""

import numpy as np


def power_iteration(A, tol=1e-10, max_iter=10000):
    rng = np.random.default_rng(0)
    v = rng.standard_normal(A.shape[0])
    v = v / np.linalg.norm(v)
    lam = v @ A @ v
    for _ in range(max_iter):
        w = A @ v
        v = w / np.linalg.norm(w)
        lam_new = v @ A @ v
        if abs(lam_new - lam) < tol:
            lam = lam_new
            break
        lam = lam_new
    return lam, v
