"""When λ₁ < 0 each step flips v's sign, so ‖v_new − v‖ stays near 2 and your test never fires:
compare up to sign, min(‖v_new − v‖, ‖v_new + v‖) < tol.
"""

import numpy as np


def power_iteration(A, tol=1e-10, max_iter=10000):
    rng = np.random.default_rng(0)
    v = rng.standard_normal(A.shape[0])
    v = v / np.linalg.norm(v)
    for _ in range(max_iter):
        w = A @ v
        v_new = w / np.linalg.norm(w)
        if np.linalg.norm(v_new - v) < tol:
            v = v_new
            break
        v = v_new
    return v @ A @ v, v
