"""The chain rule and backpropagation, checked piece by piece with finite differences.

Shows the scalar chain rule on one and three layers, that the Jacobian of a composition is the
product of the Jacobians, that the backward pass of the lesson's tanh network with squared error
gives the same four parameter gradients as finite differences, that the weight gradient of a
linear layer z = Wx + b is the outer product (∂L/∂z) xᵀ while the input gets Wᵀ(∂L/∂z), that relu
has slope 0 on the left of 0 and 1 on the right, that reverse mode on a graph adds up the gradient
of a value used twice, and what a backward pass costs next to a forward one.
"""

from __future__ import annotations

import itertools
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


def tanh_network(x, y, W1, b1, w2, b2):
    """The lesson's worked example: forward, then backward, one line per step."""
    z1 = W1 @ x + b1
    h = np.tanh(z1)
    y_hat = w2 @ h + b2
    loss = (y_hat - y) ** 2
    d_y_hat = 2 * (y_hat - y)  # ∂L/∂ŷ
    d_h = d_y_hat * w2  # ∂L/∂h
    d_z1 = d_h * (1 - h**2)  # ∂L/∂z₁: tanh′ = 1 − tanh²
    gradients = {"W1": np.outer(d_z1, x), "b1": d_z1, "w2": d_y_hat * h, "b2": d_y_hat}
    return loss, gradients


def reverse_mode_on_a_graph(x: float, y: float, accumulate: bool) -> str:
    """f = x·y + x as a tape of (node, [(input, local derivative)]), swept backwards once.

    With accumulate=False each contribution overwrites the last, as a buggy backward pass does.
    """
    u = x * y
    tape = [("u", [("x", y), ("y", x)]), ("f", [("u", 1.0), ("x", 1.0)])]  # in forward order
    adjoint = {"f": 1.0, "u": 0.0, "x": 0.0, "y": 0.0}
    for node, inputs in reversed(tape):  # reverse topological order
        for name, local in inputs:
            share = local * adjoint[node]
            adjoint[name] = adjoint[name] + share if accumulate else share
    how = "adding up (+=)" if accumulate else "overwriting (=)"
    return (
        f"{how}: f = {u + x:g}, ∂f/∂x = {adjoint['x']:g}, ∂f/∂y = {adjoint['y']:g}"
        f"   (exact: y + 1 = {y + 1:g} and x = {x:g})"
    )


def multiplications(widths: list[int]) -> tuple[int, int, int]:
    """Multiplications in a forward and a backward pass of a fully connected network, one sample.

    Forward, layer by layer: z = Wx costs m·d. Backward: ∂L/∂W = g xᵀ costs m·d, and passing
    the gradient on, Wᵀg, another m·d, which the first layer can skip (nothing is below it).
    Elementwise work (activations, their slopes, the bias) is of lower order and left out.
    Returns (forward, backward, backward without the first layer's Wᵀg).
    """
    layers = list(itertools.pairwise(widths))
    forward = sum(d * m for d, m in layers)
    backward = 2 * forward
    return forward, backward, backward - widths[0] * widths[1]


def main() -> None:
    np.set_printoptions(precision=6, suppress=True)
    rng = np.random.default_rng(0)

    print("1. Scalar chain rule, outside in: one factor per layer")
    x0 = 0.8
    layers = [
        ("tanh(x³)", lambda t: np.tanh(t**3), (1 - np.tanh(x0**3) ** 2) * 3 * x0**2),
        ("cos(e²ˣ)", lambda t: np.cos(np.exp(2 * t)), -np.sin(np.exp(2 * x0)) * np.exp(2 * x0) * 2),
    ]
    for name, f_of, chain_rule in layers:
        numeric = (f_of(x0 + H) - f_of(x0 - H)) / (2 * H)
        print(f"   d/dx {name} at x = {x0}: chain rule {chain_rule:.8f},  numeric {numeric:.8f}")

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

    print("\n3. The lesson's tanh network: backward pass vs finite differences")
    m, d = 3, 2
    x, y = rng.normal(size=d), 0.7
    params = {
        "W1": rng.normal(size=(m, d)),
        "b1": rng.normal(size=m),
        "w2": rng.normal(size=m),
        "b2": np.array(0.3),
    }
    loss, backward = tanh_network(x, y, **params)
    print(f"   L = (ŷ − y)² = {float(loss):.6f}")
    for name, value in params.items():

        def loss_of(v: np.ndarray, name: str = name, shape: tuple = value.shape) -> np.ndarray:
            changed = {**params, name: v.reshape(shape)}
            return np.array([tanh_network(x, y, **changed)[0]])

        numeric = numerical_jacobian(loss_of, value.ravel().astype(float)).reshape(value.shape)
        gap = np.max(np.abs(backward[name] - numeric))
        print(f"   ∂L/∂{name:<2} shape {value.shape!s:<7} backward vs numeric: max gap {gap:.1e}")

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

    print("\n6. Reverse mode on a graph: f(x, y) = x·y + x uses x twice")
    print(f"   {reverse_mode_on_a_graph(2.0, -3.0, accumulate=True)}")
    print(f"   {reverse_mode_on_a_graph(2.0, -3.0, accumulate=False)}")

    print("\n7. What backprop costs: multiplications for one sample")
    widths = [784, 256, 128, 10]
    forward, backward, skipping_input = multiplications(widths)
    weights = sum((d + 1) * m for d, m in itertools.pairwise(widths))
    print(f"   a network with layer widths {widths}: {weights:,} weights and biases")
    print(f"   forward pass {forward:,}")
    print(
        f"   backward pass {backward:,} ({backward / forward:.2f}x), or {skipping_input:,}"
        f" ({skipping_input / forward:.2f}x) when the input x needs no gradient"
    )
    print(
        f"   a training step, forward + backward: {(forward + skipping_input) / forward:.2f}x"
        f" to {(forward + backward) / forward:.2f}x one forward pass"
    )
    print(
        f"   central differences: 2 forward passes per weight = {2 * weights * forward:,.0f}"
        f" ({2 * weights:,}x)"
    )


if __name__ == "__main__":
    main()
