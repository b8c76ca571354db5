"""Your ratios use the singular values σᵢ themselves; the variance along component i is σᵢ²/n, so
the ratio is σᵢ² / Σⱼ σⱼ².
"""

import numpy as np


def pca(X, k):
    Xc = X - X.mean(axis=0)
    _, S, Vt = np.linalg.svd(Xc, full_matrices=False)
    components = Vt[:k]
    ratios = S[:k] / S.sum()
    Z = Xc @ components.T
    return components, ratios, Z
