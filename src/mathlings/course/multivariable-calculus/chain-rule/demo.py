"""The chain rule and backpropagation, checked piece by piece with finite differences.

Shows the scalar chain rule, that the Jacobian of a composition is the product of the Jacobians,
that sigmoid followed by cross-entropy has the tidy derivative ∂L/∂z = p − y, that the weight
gradient of a linear layer z = Wx + b is the outer product (∂L/∂z) xᵀ while the input gets
Wᵀ(∂L/∂z), and that relu has slope 0 on the left of 0 and 1 on the right.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable

import numpy as np

H = 1e-6  # finite-difference step


def block(M: np.ndarray) -> str:
    """A matrix printed on its own lines, indented under the text."""
    return textwrap.indent(str(M), "      ")


def numerical_jacobian(F: Callable[[np.ndarray], np.ndarray], x: np.ndarray) -> np.ndarray:
    """J[i, j] ≈ ∂Fᵢ/∂xⱼ by central differences."""
    columns = []
    for j in range(x.size):
        e_j = np.zeros_like(x)
        e_j[j] = H
        columns.append((F(x + e_j) - F(x - e_j)) / (2 * H))
    return np.stack(columns, axis=1)


def sigmoid(t: float) -> float:
    return 1.0 / (1.0 + np.exp(-t))


def main() -> None:
    np.set_printoptions(precision=6, suppress=True)
    rng = np.random.default_rng(0)

    print("1. Scalar chain rule: d/dx sin(x²) = cos(x²) · 2x")
    x0 = 1.3
    numeric = (np.sin((x0 + H) ** 2) - np.sin((x0 - H) ** 2)) / (2 * H)
    print(f"   at x = {x0}: chain rule {np.cos(x0**2) * 2 * x0:.8f},  numeric {numeric:.8f}")

    print("\n2. Jacobians multiply: J_(f∘g)(x) = J_f(g(x)) · J_g(x)")
    A = rng.normal(size=(2, 3))

    def g(x: np.ndarray) -> np.ndarray:  # ℝ³ → ℝ²
        return np.tanh(A @ x)

    def f(u: np.ndarray) -> np.ndarray:  # ℝ² → ℝ²
        return np.array([u[0] * u[1], np.exp(u[0])])

    x = rng.normal(size=3)
    J_g = numerical_jacobian(g, x)  # 2×3
    J_f = numerical_jacobian(f, g(x))  # 2×2
    J_fg = numerical_jacobian(lambda v: f(g(v)), x)  # 2×3
    print(f"   J_(f∘g) (2×3), measured directly =\n{block(J_fg)}")
    print(f"   J_f (2×2) · J_g (2×3) =\n{block(J_f @ J_g)}")
    print(f"   equal: {np.allclose(J_fg, J_f @ J_g, atol=1e-8)}")

    print("\n3. Sigmoid + cross-entropy: ∂L/∂z = p − y")
    for z, y in ((2.0, 1), (2.0, 0), (-0.7, 1)):

        def L(t: float, y: int = y) -> float:
            p = sigmoid(t)
            return -(y * np.log(p) + (1 - y) * np.log(1 - p))

        numeric = (L(z + H) - L(z - H)) / (2 * H)
        print(f"   z = {z:+.1f}, y = {y}: p − y = {sigmoid(z) - y:+.6f},  numeric {numeric:+.6f}")

    print("\n4. A linear layer z = Wx + b: ∂L/∂W = (∂L/∂z) xᵀ, ∂L/∂x = Wᵀ(∂L/∂z)")
    W, b = rng.normal(size=(2, 3)), rng.normal(size=2)
    x, target = rng.normal(size=3), rng.normal(size=2)

    def loss_of_W(W_flat: np.ndarray) -> np.ndarray:  # L = ½‖Wx + b − target‖²
        z = W_flat.reshape(W.shape) @ x + b
        return np.array([0.5 * np.sum((z - target) ** 2)])

    upstream = W @ x + b - target  # ∂L/∂z for this loss
    numeric_W = numerical_jacobian(loss_of_W, W.ravel()).reshape(W.shape)
    print(f"   upstream ∂L/∂z = {upstream},  x = {x}")
    print(
        f"   outer product (∂L/∂z) xᵀ, shape {np.outer(upstream, x).shape} like W =\n"
        f"{block(np.outer(upstream, x))}"
    )
    print(f"   numeric ∂L/∂W =\n{block(numeric_W)}")
    numeric_x = numerical_jacobian(lambda v: np.array([0.5 * np.sum((W @ v + b - target) ** 2)]), x)
    print(f"   Wᵀ(∂L/∂z) = {W.T @ upstream},  numeric ∂L/∂x = {numeric_x.ravel()}")

    print("\n5. relu is not differentiable at 0: the slope there is a convention")

    def relu(t: float) -> float:
        return max(0.0, t)

    left = (relu(0.0) - relu(-H)) / H
    right = (relu(H) - relu(0.0)) / H
    print(f"   slope from the left = {left:.1f},  from the right = {right:.1f}")
    print("   any value in [0, 1] is a subgradient; frameworks use 1[z > 0], i.e. 0 at z = 0")


if __name__ == "__main__":
    main()
