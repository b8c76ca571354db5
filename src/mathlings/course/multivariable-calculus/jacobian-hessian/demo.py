"""Jacobians by hand and by finite differences, the chain rule as a product of Jacobians, and the
Hessian of x³ − 3x + y² at its critical points, read off its eigenvalues."""

from __future__ import annotations

import numpy as np


def g(p: np.ndarray) -> np.ndarray:
    """g(u, v) = (uv, u + v, u²): from ℝ² to ℝ³."""
    u, v = p
    return np.array([u * v, u + v, u * u])


def g_jacobian(p: np.ndarray) -> np.ndarray:
    u, v = p
    return np.array([[v, u], [1.0, 1.0], [2 * u, 0.0]])


def finite_jacobian(f, p: np.ndarray, h: float = 1e-6) -> np.ndarray:
    """Column j is (f(p + h eⱼ) − f(p − h eⱼ)) / 2h: the response to input j."""
    columns = [(f(p + h * e) - f(p - h * e)) / (2 * h) for e in np.eye(len(p))]
    return np.stack(columns, axis=1)


def q(y: np.ndarray) -> np.ndarray:
    """q(a, b, c) = (a + bc, sin a): from ℝ³ to ℝ²."""
    a, b, c = y
    return np.array([a + b * c, np.sin(a)])


def q_jacobian(y: np.ndarray) -> np.ndarray:
    a, b, c = y
    return np.array([[1.0, c, b], [np.cos(a), 0.0, 0.0]])


def f_gradient(p: np.ndarray) -> np.ndarray:
    """∇f for f(x, y) = x³ − 3x + y²."""
    x, y = p
    return np.array([3 * x * x - 3, 2 * y])


def verdict(eigenvalues: np.ndarray) -> str:
    if eigenvalues.min() > 0:
        return "all up: a minimum"
    if eigenvalues.max() < 0:
        return "all down: a maximum"
    return "mixed signs: a saddle"


def main() -> None:
    np.set_printoptions(precision=6, suppress=True)
    p = np.array([1.0, 2.0])
    print("Jacobian of g(u, v) = (uv, u + v, u²) at (1, 2), shape (outputs, inputs) = (3, 2):")
    print(g_jacobian(p))
    print(f"finite differences agree to {np.abs(finite_jacobian(g, p) - g_jacobian(p)).max():.1e}")

    chained = q_jacobian(g(p)) @ g_jacobian(p)  # (2×3)(3×2) = 2×2
    numeric = finite_jacobian(lambda t: q(g(t)), p)
    print(f"\nchain rule: J_q(g(p)) J_g(p) is {chained.shape}, off from finite differences of "
          f"q∘g by {np.abs(chained - numeric).max():.1e}")  # fmt: skip

    print("\nf(x, y) = x³ − 3x + y²: the Hessian as the Jacobian of the gradient")
    for point in ([1.0, 0.0], [-1.0, 0.0]):
        H = finite_jacobian(f_gradient, np.array(point))
        H = (H + H.T) / 2  # finite differences leave it symmetric only up to rounding
        lam = np.linalg.eigvalsh(H)
        print(f"  at {tuple(point)}: H ≈ {H.round(6).tolist()}, eigenvalues {lam.round(6)}, "
              f"{verdict(lam)}")  # fmt: skip

    np.set_printoptions(suppress=False)
    v = np.array([1.0, 2.0, 3.0])
    H = np.outer(v, v)  # the Hessian of (v·x)²/2: rank 1, eigenvalues 0, 0 and ‖v‖² = 14
    print(f"\nexact eigenvalues 0, 0, 14, computed: {np.linalg.eigvalsh(H)} (not rounded) — "
          "test |λ| against a tolerance, not == 0")  # fmt: skip


if __name__ == "__main__":
    main()
