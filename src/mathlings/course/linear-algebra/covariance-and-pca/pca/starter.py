import numpy as np


def pca(X, k):
    """(components (k, d) as rows, ratios λᵢ/Σλ (k,), Z = Xc componentsᵀ (n, k))."""
    raise NotImplementedError("write pca(X, k)")
