"""You kept only the diagonal of the softmax Jacobian, sᵢ(1 − sᵢ); every output depends on every
input through the shared sum, so ∂sᵢ/∂zⱼ = −sᵢsⱼ off the diagonal: J = diag(s) − s sᵀ.
"""

import numpy as np


def softmax_jacobian(z):
    s = softmax(z)
    return np.diag(s * (1 - s))
