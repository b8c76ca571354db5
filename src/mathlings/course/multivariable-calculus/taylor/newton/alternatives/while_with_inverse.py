import numpy as np


def newton(grad, hess, x0, tol, max_iter):
    """A while loop counting steps, with the inverse Hessian."""
    xs = [np.asarray(x0, dtype=float).copy()]
    k = 0
    while True:
        g = np.asarray(grad(xs[-1]))
        if np.sqrt(np.sum(g**2)) <= tol or k == max_iter:
            return np.array(xs)
        xs.append(xs[-1] - np.linalg.inv(hess(xs[-1])) @ g)
        k += 1
