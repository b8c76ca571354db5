"""You computed Xc Xcᵀ, an n x n matrix of dot products between points; the covariance is
C = (1/n) XcᵀXc, d x d, between features.
"""

import numpy as np


def covariance(Xc):
    return Xc @ Xc.T / Xc.shape[0]
