"""You never normalise v, so Aᵏv grows like |λ₁|ᵏ until it overflows to inf and nan (or shrinks to
0 when |λ₁| < 1): normalise v after each multiplication, v = Av / ‖Av‖.
"""

import numpy as np


def power_iteration(A, tol=1e-10, max_iter=10000):
    rng = np.random.default_rng(0)
    v = rng.standard_normal(A.shape[0])
    with np.errstate(all="ignore"):
        for _ in range(max_iter):
            w = A @ v
            if min(np.linalg.norm(w - v), np.linalg.norm(w + v)) < tol:
                v = w
                break
            v = w
        lam = (v @ A @ v) / (v @ v)
        return lam, v / np.linalg.norm(v)
