import numpy as np
from scipy.linalg import cho_factor, cho_solve


def newton(grad, hess, x0, tol, max_iter):
    """Cholesky solves (H is positive definite), the trajectory as a list of lists."""
    x = np.array(x0, dtype=float)
    points = [x.tolist()]
    for step in range(max_iter + 1):
        g = grad(x)
        if np.linalg.norm(g) <= tol or step == max_iter:
            break
        d = cho_solve(cho_factor(hess(x)), -g)
        x = x + d
        points.append(x.tolist())
    return points
