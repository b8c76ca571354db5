"""You subtracted s·s, the inner product (one number), from every entry; the Jacobian subtracts the
outer product s sᵀ (an n × n matrix, np.outer(s, s)): J = diag(s) − s sᵀ.
"""

import numpy as np


def softmax_jacobian(z):
    s = softmax(z)
    return np.diag(s) - s @ s
