import numpy as np


def is_psd(H, tol):
    """H (symmetric) is positive semi-definite within tol: its smallest eigenvalue λ_min ≥ −tol."""
    eigenvalues = np.linalg.eigvalsh(H)
    return bool(eigenvalues.min() >= -tol)


def hessian_test(H_at_points):
    """None when every Hessian ∇²f(x_k) is PSD (within 1e-9), else the index k of one that is not.

    For a twice-differentiable f on a convex domain: f is convex ⇔ ∇²f(x) ⪰ 0 at every x.
    """
    for k, H in enumerate(H_at_points):
        if not is_psd(H, 1e-9):
            return k
    return None


def chord_test(f, low, high, n_pairs, seed):
    """Search n_pairs random triples (x, y, t) for a chord below the graph: with
    z = t x + (1 − t) y and c = t f(x) + (1 − t) f(y), a violation is f(z) > c + 1e-9.

    x and y uniform in the box [low, high], t uniform in [0, 1]. Returns the first violating
    (x, y, t), or None when every chord tried lies on or above the graph.
    """
    rng = np.random.default_rng(seed)
    for _ in range(n_pairs):
        x = rng.uniform(low, high)
        y = rng.uniform(low, high)
        t = rng.uniform(0.0, 1.0)
        z = t * x + (1 - t) * y
        c = t * f(x) + (1 - t) * f(y)
        if f(z) > c + 1e-9:
            return x, y, t
    return None
