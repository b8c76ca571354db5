import numpy as np


def power_iteration(A, tol=1e-10, max_iter=10000):
    """v ← Av / ‖Av‖ until v stops changing (up to sign); return (λ = vᵀAv, v)."""
    raise NotImplementedError("write power_iteration(A, tol, max_iter)")
