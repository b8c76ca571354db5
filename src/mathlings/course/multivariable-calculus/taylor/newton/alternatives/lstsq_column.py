import numpy as np


def newton(grad, hess, x0, tol, max_iter):
    """Columns inside, least squares for the step, rows of an array out."""
    x = np.reshape(np.array(x0, dtype=float), (-1, 1))
    rows = [x.ravel()]
    for _ in range(max_iter):
        g = np.reshape(grad(x.ravel()), (-1, 1))
        if np.linalg.norm(g) <= tol:
            break
        d, *_ = np.linalg.lstsq(hess(x.ravel()), -g, rcond=None)
        x = x + d
        rows.append(x.ravel())
    return np.vstack(rows)
