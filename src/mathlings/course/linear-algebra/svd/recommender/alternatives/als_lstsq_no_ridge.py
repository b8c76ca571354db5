"""ALS without a ridge, each row solved by np.linalg.lstsq: for a user with fewer than k ratings
lstsq returns the minimum-norm solution instead of failing on a singular system."""

import numpy as np


def complete(R, mask, k):
    m, n = R.shape
    filled = np.where(mask, R, np.nanmean(R, axis=0))
    U, sigma, Vt = np.linalg.svd(filled, full_matrices=False)
    P = U[:, :k] * np.sqrt(sigma[:k])
    Q = Vt[:k].T * np.sqrt(sigma[:k])
    for _ in range(50):
        for i in range(m):
            P[i] = np.linalg.lstsq(Q[mask[i]], R[i, mask[i]], rcond=None)[0]
        for j in range(n):
            Q[j] = np.linalg.lstsq(P[mask[:, j]], R[mask[:, j], j], rcond=None)[0]
    return P @ Q.T
