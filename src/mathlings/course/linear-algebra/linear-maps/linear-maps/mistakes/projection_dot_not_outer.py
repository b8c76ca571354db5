"""With a 1-D u, u @ u.T is the number u·u (.T does nothing to a 1-D array), so you
returned a number; u uᵀ is the outer product np.outer(u, u), a 2x2 matrix.
"""

import numpy as np


def projection_onto(u):
    return (u @ u.T) / (u @ u)
