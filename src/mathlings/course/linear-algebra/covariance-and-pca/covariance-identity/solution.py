import numpy as np


def covariance(X):
    """C = (1/n) XcᵀXc, where Xc = X − μ and μ = (1/n) Σᵢ xᵢ is the mean row.

    X is (n, d) with one point per row, so Xc is (n, d) and XcᵀXc is (d, d).
    """
    n = X.shape[0]
    mu = X.mean(axis=0)  # the mean of each feature (column), shape (d,)
    Xc = X - mu  # broadcasting subtracts μ from every row
    return Xc.T @ Xc / n
