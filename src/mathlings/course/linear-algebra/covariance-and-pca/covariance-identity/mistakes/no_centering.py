"""You did not center X: XᵀX/n mixes in the mean; subtract the mean row first, Xc = X − μ, then
C = (1/n) XcᵀXc.
"""

import numpy as np


def covariance(X):
    n = X.shape[0]
    return X.T @ X / n
