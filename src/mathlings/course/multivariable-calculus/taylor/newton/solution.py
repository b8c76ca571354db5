from collections.abc import Callable

import numpy as np


def newton(
    grad: Callable,
    hess: Callable,
    x0: np.ndarray,
    tol: float,
    max_iter: int,
) -> list[np.ndarray]:
    """Newton's method: x_{k+1} = x_k + d_k, where H(x_k) d_k = −∇f(x_k).

    The step minimizes the second-order Taylor model f(x_k) + g·d + ½ dᵀHd. Stops at the first k
    with ‖∇f(x_k)‖ ≤ tol, or after max_iter steps; returns the trajectory [x_0, ..., x_K].
    """
    x = np.array(x0, dtype=float)
    trajectory = [x]
    for _ in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) <= tol:
            break
        d = np.linalg.solve(hess(x), -g)
        x = x + d
        trajectory.append(x)
    return trajectory
