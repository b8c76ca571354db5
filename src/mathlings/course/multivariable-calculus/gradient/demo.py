"""The gradient: partial derivatives, steepest ascent, and checking a gradient numerically.

Estimates ∂f/∂x and ∂f/∂y by wiggling one input at a time, shows that the directional derivative
∇f·u is largest for u along ∇f (and zero across it), checks the lesson's worked example, one tanh
unit trained on mean squared error, against central differences (and shows what a forgotten
factor looks like), checks a product-rule gradient the same way, and shows an exponential
overflowing and the shift that keeps it finite.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np


def f(p: np.ndarray) -> float:
    """f(x, y) = x²y + sin y."""
    x, y = p
    return float(x**2 * y + np.sin(y))


def grad_f(p: np.ndarray) -> np.ndarray:
    """∇f = (2xy, x² + cos y), by hand."""
    x, y = p
    return np.array([2 * x * y, x**2 + np.cos(y)])


def central_difference(g: Callable[[np.ndarray], float], p: np.ndarray, h: float) -> np.ndarray:
    """Estimate every partial of g at p by wiggling one coordinate at a time, both ways."""
    estimate = np.zeros_like(p)
    for i in range(p.size):
        e_i = np.zeros_like(p)
        e_i[i] = h
        estimate[i] = (g(p + e_i) - g(p - e_i)) / (2 * h)
    return estimate


def main() -> None:
    np.set_printoptions(precision=6, suppress=True)
    p = np.array([1.5, 0.5])

    print("1. Partial derivatives: wiggle one input alone")
    h = 1e-6
    for i, name in enumerate(("x", "y")):
        step = np.zeros(2)
        step[i] = h
        slope = (f(p + step) - f(p)) / h
        print(
            f"   ∂f/∂{name} at {p}: (f(p + h·e_{name}) − f(p))/h = {slope:.6f},  "
            f"by hand = {grad_f(p)[i]:.6f}"
        )

    print("\n2. ∇f points in the direction of steepest increase")
    g = grad_f(p)
    print(f"   ∇f = {g},  ‖∇f‖ = {np.linalg.norm(g):.6f}")
    angles = np.radians(np.arange(0, 360, 5))
    units = np.stack([np.cos(angles), np.sin(angles)], axis=1)
    rates = units @ g  # directional derivative ∇f·u for each unit u
    best = units[np.argmax(rates)]
    print(f"   over 72 unit directions u, ∇f·u is largest ({rates.max():.4f}) at u = {best}")
    print(f"   ∇f/‖∇f‖ = {g / np.linalg.norm(g)}  (the exact best direction, rate ‖∇f‖)")
    across = np.array([-g[1], g[0]]) / np.linalg.norm(g)
    print(f"   along u ⊥ ∇f (the level curve): ∇f·u = {g @ across:.1e}")

    print("\n3. One tanh unit on mean squared error: ∂L/∂w = Xᵀδ, ∂L/∂b = Σᵢ δᵢ")
    rng = np.random.default_rng(0)
    n, d = 50, 3
    X = rng.normal(size=(n, d))
    y = np.tanh(X @ np.array([0.8, -0.5, 0.3]) + 0.1) + 0.05 * rng.normal(size=n)
    w, b = rng.normal(size=d), 0.2
    theta = np.append(w, b)  # all parameters in one vector, for the numerical check

    def loss(t: np.ndarray) -> float:
        return float(np.mean((np.tanh(X @ t[:d] + t[d]) - y) ** 2))

    y_hat = np.tanh(X @ w + b)
    delta = 2 / n * (y_hat - y) * (1 - y_hat**2)  # δᵢ = ∂L/∂zᵢ: the square, then the tanh
    analytic = np.append(X.T @ delta, delta.sum())
    numeric = central_difference(loss, theta, 1e-6)

    def relative_error(g: np.ndarray) -> float:
        return float(np.linalg.norm(g - numeric) / max(np.linalg.norm(g), np.linalg.norm(numeric)))

    print(f"   (∂L/∂w, ∂L/∂b) by the chain rule: {analytic}")
    print(f"   by central differences:           {numeric}")
    print(f"   relative error = {relative_error(analytic):.1e}  (tiny: the formula is right)")
    no_tanh = 2 / n * (y_hat - y)  # a typical bug: the tanh′ factor 1 − ŷ² forgotten
    wrong = np.append(X.T @ no_tanh, no_tanh.sum())
    print(f"   with 1 − ŷ² forgotten: relative error = {relative_error(wrong):.1e}  (a bug)")

    print("\n4. A product rule: f(x) = (aᵀx)(bᵀx) has ∇f = (bᵀx) a + (aᵀx) b")
    a_vec, b_vec = np.array([1.0, -2.0, 0.5]), np.array([0.5, 1.0, 3.0])
    x = np.array([0.3, -0.7, 1.1])

    def product(v: np.ndarray) -> float:
        return float((a_vec @ v) * (b_vec @ v))

    numeric = central_difference(product, x, 1e-6)
    rule = (b_vec @ x) * a_vec + (a_vec @ x) * b_vec
    one_factor = 2 * (a_vec @ x) * a_vec  # the slip: both factors treated as if they were the same
    for name, g in (("product rule", rule), ("2(aᵀx) a, a slip", one_factor)):
        error = np.linalg.norm(g - numeric) / np.linalg.norm(numeric)
        print(f"   {name:>18}: {g}, relative error {error:.1e}")

    print("\n5. e^t overflows float64 past t ≈ 709.78; shift by the max before exponentiating")
    t = np.array([1000.0, 999.0])
    with np.errstate(over="ignore", invalid="ignore"):
        print(f"   log(e¹⁰⁰⁰ + e⁹⁹⁹) directly: {np.log(np.sum(np.exp(t)))}")
    m = t.max()
    print(f"   m + log Σ e^(t − m) with m = max t: {m + np.log(np.sum(np.exp(t - m))):.6f}")


if __name__ == "__main__":
    main()
