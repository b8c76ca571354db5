import math

import numpy as np


def gradient_descent(grad, x0, lr, tol, max_iter):
    """Plain lists for the points; the test written with math.hypot."""
    point = [float(v) for v in x0]
    path = [list(point)]
    for _ in range(max_iter):
        g = [float(v) for v in grad(np.array(point))]
        if math.hypot(*g) <= tol:
            break
        point = [p - lr * gi for p, gi in zip(point, g)]
        path.append(list(point))
    return path


def largest_stable_step(A):
    """λ_max by power iteration (A is SPD, so the Rayleigh quotient converges to it)."""
    v = np.ones(len(A)) + np.arange(len(A)) * 0.1
    lam = 0.0
    for _ in range(5000):
        w = A @ v
        new = float(v @ w) / float(v @ v)
        v = w / np.linalg.norm(w)
        if abs(new - lam) <= 1e-15 * abs(new):
            lam = new
            break
        lam = new
    return 2.0 / lam
