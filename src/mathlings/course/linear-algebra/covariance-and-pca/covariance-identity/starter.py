import numpy as np


def covariance(X):
    """C = (1/n) XcᵀXc with Xc = X − mean row; X is (n, d), rows are points; C is (d, d)."""
    raise NotImplementedError("write covariance(X)")
