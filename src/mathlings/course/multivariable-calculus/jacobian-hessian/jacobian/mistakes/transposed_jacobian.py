"""Your Jacobian is transposed: it is (n, m), one row per input. This drill's Jacobian has one row
per output, Jᵢⱼ = ∂fᵢ/∂xⱼ, shape (m, n) = (outputs, inputs): for Wx + b that is W itself, not Wᵀ.
"""

import numpy as np


def affine_jacobian(W, b, x):
    return np.array(W, dtype=float).T


def layer_jacobian(W, b, x):
    return (tanh_jacobian(W @ x + b) @ W).T
