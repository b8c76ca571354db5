"""You kept only the diagonal, sᵢ(1 − sᵢ): the Hessian of log-sum-exp is the Jacobian of softmax,
which has −sᵢsⱼ off the diagonal, H = diag(s) − s sᵀ.
"""

import numpy as np


def logsumexp_hessian(x):
    e = np.exp(x - np.max(x))
    s = e / np.sum(e)
    return np.diag(s * (1 - s))
