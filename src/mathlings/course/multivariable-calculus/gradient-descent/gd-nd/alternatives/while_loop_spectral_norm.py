import numpy as np


def gradient_descent(grad, x0, lr, tol, max_iter):
    """A while loop that counts steps; the trajectory as a (K + 1, n) array."""
    xs = [np.asarray(x0, dtype=float).copy()]
    k = 0
    while k < max_iter:
        g = grad(xs[-1])
        if np.sqrt(g @ g) <= tol:
            break
        xs.append(xs[-1] - lr * g)
        k += 1
    return np.array(xs)


def largest_stable_step(A):
    """For a symmetric positive definite A the spectral norm ‖A‖₂ is λ_max."""
    return 2 / np.linalg.norm(A, 2)
