import numpy as np


def power_iteration(A, tol=1e-10, max_iter=10000):
    v = np.array([1.0 + i for i in range(A.shape[0])])
    v = v / np.linalg.norm(v)
    lam = 0.0
    for _ in range(max_iter):
        w = A @ v
        v_next = w / np.linalg.norm(w)
        lam = float(v_next @ A @ v_next)
        if min(np.linalg.norm(v_next - v), np.linalg.norm(v_next + v)) < tol:
            v = v_next
            break
        v = v_next
    return lam, 3.0 * v  # the right direction, the wrong length
