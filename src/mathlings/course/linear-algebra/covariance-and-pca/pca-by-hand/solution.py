import numpy as np


def center(X):
    """Xc = X − x̄, x̄ = (1/n) Σᵢ xᵢ: the mean point, one mean per column (axis 0)."""
    x_bar = X.mean(axis=0)
    return X - x_bar


def covariance(Xc):
    """C = (1/n) XcᵀXc, so Cⱼₖ = (1/n) Σᵢ xᵢⱼ xᵢₖ over centered points."""
    n = Xc.shape[0]
    return Xc.T @ Xc / n


def eigen(C):
    """C V = V Λ with λ₁ ≥ λ₂ ≥ … ≥ λ_d and unit eigenvectors as the columns of V.

    eigh (for symmetric matrices) returns ascending eigenvalues; reverse both the eigenvalues and
    the columns of V with the same order.
    """
    eigenvalues, V = np.linalg.eigh(C)
    order = np.argsort(eigenvalues)[::-1]
    return eigenvalues[order], V[:, order]


def project(Xc, V, k):
    """Z = Xc Vₖ, with Vₖ = V[:, :k] the first k eigenvectors (columns)."""
    V_k = V[:, :k]
    return Xc @ V_k
