import numpy as np


def center(X):
    """Xc = X − x̄, x̄ = the mean of the rows (one mean per column)."""
    raise NotImplementedError("write center(X)")


def covariance(Xc):
    """C = (1/n) XcᵀXc"""
    raise NotImplementedError("write covariance(Xc)")


def eigen(C):
    """(eigenvalues in descending order, V with the unit eigenvectors as columns)"""
    raise NotImplementedError("write eigen(C)")


def project(Xc, V, k):
    """Xc V[:, :k]: coordinates on the first k components."""
    raise NotImplementedError("write project(Xc, V, k)")
