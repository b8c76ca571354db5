import numpy as np


def pca(X, k):
    """PCA by the key identity: the principal components are the top eigenvectors of
    C = (1/n) XcᵀXc, where Xc = X − μ is the centered data.

    components: the eigenvectors of the k largest eigenvalues λ₁ ≥ … ≥ λ_k, as rows (k, d)
    ratios:     λᵢ / Σⱼ λⱼ, the share of the total variance along component i (k,)
    Z:          Xc componentsᵀ, the coordinates of each point along the components (n, k)
    """
    n = X.shape[0]
    mu = X.mean(axis=0)
    Xc = X - mu
    C = Xc.T @ Xc / n
    eigenvalues, eigenvectors = np.linalg.eigh(C)  # ascending, eigenvectors as columns
    order = np.argsort(eigenvalues)[::-1]  # largest first
    eigenvalues = eigenvalues[order]
    eigenvectors = eigenvectors[:, order]
    components = eigenvectors[:, :k].T
    ratios = eigenvalues[:k] / eigenvalues.sum()
    Z = Xc @ components.T
    return components, ratios, Z
