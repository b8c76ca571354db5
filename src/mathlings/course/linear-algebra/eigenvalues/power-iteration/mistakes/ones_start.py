"""You start from (1, 1, …, 1); when the top eigenvector is orthogonal to it, the start has no
component along v₁ and the iteration never finds it: start from a random vector.
"""

import numpy as np


def power_iteration(A, tol=1e-10, max_iter=10000):
    v = np.ones(A.shape[0])
    v = v / np.linalg.norm(v)
    for _ in range(max_iter):
        w = A @ v
        v_new = w / np.linalg.norm(w)
        if min(np.linalg.norm(v_new - v), np.linalg.norm(v_new + v)) < tol:
            v = v_new
            break
        v = v_new
    return v @ A @ v, v
