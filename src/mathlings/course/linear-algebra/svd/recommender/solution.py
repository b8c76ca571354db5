import numpy as np


def truncate(X, k):
    """The best rank-k approximation X_k = U_k Σ_k V_kᵀ (Eckart–Young)."""
    U, sigma, Vt = np.linalg.svd(X, full_matrices=False)
    return U[:, :k] @ np.diag(sigma[:k]) @ Vt[:k, :]


def complete(R, mask, k, iterations=300, tol=1e-10):
    """Iterative SVD ("hard impute"):

        X ← observed ratings, missing ones filled with their item's mean
        repeat:  L = rank-k truncation of X;   X = R where observed, L where missing

    Each round keeps the observed ratings fixed and replaces only the guesses, so X moves
    toward a rank-k matrix that agrees with every rating we know.
    """
    item_means = np.nanmean(R, axis=0)  # R holds NaN where mask is False
    X = np.where(mask, R, item_means)
    for _ in range(iterations):
        L = truncate(X, k)
        X_new = np.where(mask, R, L)
        change = np.linalg.norm(X_new - X)
        X = X_new
        if change <= tol * np.linalg.norm(X):
            break
    return X
