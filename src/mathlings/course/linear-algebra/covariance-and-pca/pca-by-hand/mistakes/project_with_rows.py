"""You projected onto the first k rows of V (V[:k]); the components are its columns: Xc V[:, :k]."""

import numpy as np


def project(Xc, V, k):
    return Xc @ V[:k].T
