import numpy as np


def complete(R, mask, k):
    """ALS from a seeded random start, λ = 0.1; observed ratings kept as given; returns lists."""
    rng = np.random.default_rng(0)
    m, n = R.shape
    P = rng.normal(size=(m, k))
    Q = rng.normal(size=(n, k))
    lam = 0.1
    for _ in range(100):
        for i in range(m):
            cols = np.flatnonzero(mask[i])
            A = Q[cols].T @ Q[cols] + lam * np.eye(k)
            P[i] = np.linalg.solve(A, Q[cols].T @ R[i, cols])
        for j in range(n):
            rows = np.flatnonzero(mask[:, j])
            A = P[rows].T @ P[rows] + lam * np.eye(k)
            Q[j] = np.linalg.solve(A, P[rows].T @ R[rows, j])
    completed = np.where(mask, R, P @ Q.T)
    return completed.tolist()
