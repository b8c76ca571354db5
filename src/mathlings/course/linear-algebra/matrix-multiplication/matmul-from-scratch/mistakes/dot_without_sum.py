"""Your dot returns the products uᵢvᵢ one by one; a dot product adds them up into one number."""

import numpy as np


def dot(u, v):
    return np.array([u[i] * v[i] for i in range(len(u))])
