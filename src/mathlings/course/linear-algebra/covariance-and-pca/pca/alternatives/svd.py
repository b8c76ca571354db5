import numpy as np


def pca(X, k):
    """By the SVD Xc = U Σ Vᵀ: components = rows of Vᵀ, λᵢ = σᵢ²/n, Z = U Σ (first k columns)."""
    Xc = X - np.mean(X, axis=0)
    U, S, Vt = np.linalg.svd(Xc, full_matrices=False)
    variances = S**2 / (len(X) - 1)  # n − 1 or n: the ratios do not care
    return Vt[:k], variances[:k] / variances.sum(), U[:, :k] * S[:k]
