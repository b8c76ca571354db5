import numpy as np


def complete(R, mask, k, lam=0.1, sweeps=50):
    """Alternating least squares on the observed ratings, R ≈ P Qᵀ, with a ridge λ:
    each user's row pᵢ solves (Q_oᵀQ_o + λI) pᵢ = Q_oᵀ rᵢ over the items they rated, then each
    item's row the same way. Started from the truncated SVD of the mean-filled matrix; returns
    the model P Qᵀ everywhere (observed entries included)."""
    m, n = R.shape
    U, s, Vt = np.linalg.svd(np.where(mask, R, np.nanmean(R, axis=0)), full_matrices=False)
    P = U[:, :k] * np.sqrt(s[:k])
    Q = Vt[:k].T * np.sqrt(s[:k])
    ridge = lam * np.eye(k)
    for _ in range(sweeps):
        for i in range(m):
            Qo, r = Q[mask[i]], R[i, mask[i]]
            P[i] = np.linalg.solve(Qo.T @ Qo + ridge, Qo.T @ r)
        for j in range(n):
            Po, r = P[mask[:, j]], R[mask[:, j], j]
            Q[j] = np.linalg.solve(Po.T @ Po + ridge, Po.T @ r)
    return P @ Q.T
