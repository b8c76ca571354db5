"""Partial derivatives: by hand, by finite differences, and the step that makes an estimate best.

Works out the partials of f(x, y) = eˣ sin y + x³y² and checks them by differences along each
axis, then prints the error of the forward and the central difference of eˣ at x = 1 as h shrinks:
truncation error falls with h, rounding error grows like ε/h, and each estimate is best in between.
"""

from __future__ import annotations

import numpy as np


def f(p: np.ndarray) -> float:
    """f(x, y) = eˣ sin y + x³y²."""
    x, y = p
    return float(np.exp(x) * np.sin(y) + x**3 * y**2)


def partials_by_hand(p: np.ndarray) -> np.ndarray:
    """(∂f/∂x, ∂f/∂y) = (eˣ sin y + 3x²y², eˣ cos y + 2x³y)."""
    x, y = p
    return np.array([np.exp(x) * np.sin(y) + 3 * x**2 * y**2, np.exp(x) * np.cos(y) + 2 * x**3 * y])


def main() -> None:
    p = np.array([0.5, -1.2])
    exact = partials_by_hand(p)
    print(f"1. f(x, y) = eˣ sin y + x³y² at (x, y) = ({p[0]:g}, {p[1]:g})")
    for i, name in enumerate("xy"):
        axis = np.eye(2)[i]
        h = 1e-5
        both_ways = (f(p + h * axis) - f(p - h * axis)) / (2 * h)
        print(f"   ∂f/∂{name}: by hand {exact[i]: .12f}, both ways with h = 1e-5 {both_ways: .12f}")

    print("\n2. d/dx eˣ at x = 1 (exactly e): error of each estimate as h shrinks")
    print("        h     forward error   central error")
    x, e = 1.0, np.exp(1.0)
    for k in range(1, 14):
        h = 10.0**-k
        forward = (np.exp(x + h) - np.exp(x)) / h
        central = (np.exp(x + h) - np.exp(x - h)) / (2 * h)
        print(f"   1e-{k:02d}     {abs(forward - e):.1e}         {abs(central - e):.1e}")
    print("   The forward error falls like h, the central one like h², until rounding (~ε/h) wins.")
    eps = np.finfo(float).eps / 2 * e
    print(
        f"   Forward rule h = 2√(ε/M₂) with ε = {eps:.1e}, M₂ = e: h = {2 * np.sqrt(eps / e):.1e}"
    )


if __name__ == "__main__":
    main()
