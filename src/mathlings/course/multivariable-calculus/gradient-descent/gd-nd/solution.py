from collections.abc import Callable

import numpy as np


def gradient_descent(
    grad: Callable,
    x0: np.ndarray,
    lr: float,
    tol: float,
    max_iter: int,
) -> list[np.ndarray]:
    """x_{k+1} = x_k − η ∇f(x_k); stops at the first k with ‖∇f(x_k)‖ ≤ tol, or after max_iter
    steps. Returns the trajectory [x_0, x_1, ..., x_K]."""
    x = np.array(x0, dtype=float)
    trajectory = [x]
    for _ in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) <= tol:
            break
        x = x - lr * g
        trajectory.append(x)
    return trajectory


def largest_stable_step(A: np.ndarray) -> float:
    """η_max = 2 / λ_max(A).

    On ½xᵀAx − bᵀx the error e_k = x_k − x* obeys e_{k+1} = (I − ηA) e_k; along the eigenvector
    of λ it is multiplied by 1 − ηλ, and |1 − ηλ| < 1 for every λ exactly when η < 2/λ_max.
    """
    eigenvalues = np.linalg.eigvalsh(A)
    return 2.0 / eigenvalues.max()
