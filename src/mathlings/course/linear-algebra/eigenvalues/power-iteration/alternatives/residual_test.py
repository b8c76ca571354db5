import numpy as np


def power_iteration(A, tol=1e-10, max_iter=10000):
    """Stop on the residual ‖Av − λv‖ < tol instead of on the change in v; return v as a column."""
    n = len(A)
    v = np.random.default_rng(42).uniform(-1.0, 1.0, size=(n, 1))
    v /= np.linalg.norm(v)
    lam = 0.0
    for _ in range(max_iter):
        Av = A @ v
        lam = (v.T @ Av).item()
        if np.linalg.norm(Av - lam * v) < tol:
            break
        v = Av / np.linalg.norm(Av)
    return lam, v
