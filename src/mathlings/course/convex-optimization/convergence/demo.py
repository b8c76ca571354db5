"""Gradient descent and the learning rate: crawl, converge, oscillate, bounce, diverge.

For f(x) = (x − 3)², gradient descent satisfies x_t = 3 + (1 − 2η)ᵗ(x₀ − 3); the demo prints that
closed form for several η. On a 2-D quadratic with Hessian eigenvalues 10 and 0.5 it shows that
η < 2/L (L = 10) is the limit and that the flat direction then crawls. It checks the chord
inequality of a convex function, shows a convex function with a flat bottom of minimizers, and a
non-convex function whose local minimum is not global.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np


def iterate_1d(eta: float, x0: float, steps: list[int]) -> list[float]:
    """x_t for gradient descent on (x − 3)², from the closed form x_t = 3 + (1 − 2η)ᵗ(x₀ − 3)."""
    return [3 + (1 - 2 * eta) ** t * (x0 - 3) for t in steps]


def main() -> None:
    print("1. f(x) = (x − 3)², x₀ = 0: x_t = 3 + (1 − 2η)ᵗ(x₀ − 3)")
    steps = [0, 1, 2, 3, 10, 50]
    print("   η      1 − 2η   " + "".join(f"{'x_' + str(t):>11}" for t in steps) + "   verdict")
    cases = [
        (0.01, "crawls"),
        (0.1, "converges"),
        (0.5, "one step"),
        (0.9, "oscillates, converges"),
        (1.0, "bounces forever"),
        (1.1, "diverges"),
    ]
    for eta, verdict in cases:
        xs = iterate_1d(eta, 0.0, steps)
        row = "".join(f"{x:>11.4g}" for x in xs)
        print(f"   {eta:<5}  {1 - 2 * eta:+6.2f}  {row}   {verdict}")
    print("   converges iff |1 − 2η| < 1, i.e. 0 < η < 1 = 2/L with L = f″ = 2")

    print("\n2. A 2-D quadratic f(x) = ½ xᵀHx, H = diag(10, 0.5): L = 10, so η < 2/L = 0.2")
    H = np.diag([10.0, 0.5])
    x0 = np.array([1.0, 1.0])
    for eta in (0.05, 0.19, 0.21):
        # each step is x ← x − ηHx = (I − ηH)x, so x_t = (I − ηH)ᵗ x₀
        x_100 = np.linalg.matrix_power(np.eye(2) - eta * H, 100) @ x0
        factors = np.abs(1 - eta * np.diag(H))
        steps_needed = [f"{np.log(1e-6) / np.log(r):.0f}" if r < 1 else "never" for r in factors]
        print(
            f"   η = {eta:<4}: |1 − ηλ| = {factors[0]:.2f} (steep), {factors[1]:.3f} (flat);  "
            f"x₁₀₀ = ({x_100[0]:.1e}, {x_100[1]:.1e})"
        )
        print(
            f"             steps to shrink by 10⁶: {steps_needed[0]} (steep), "
            f"{steps_needed[1]} (flat)"
        )
    print("   the steep direction caps η below 2/L; the flat one then crawls (ill-conditioning)")

    print("\n3. Convex: every chord lies on or above the graph")
    rng = np.random.default_rng(0)
    functions: dict[str, Callable[[np.ndarray], np.ndarray]] = {
        "(x − 3)²": lambda x: (x - 3) ** 2,
        "max(0, |x| − 1)": lambda x: np.maximum(0.0, np.abs(x) - 1),
        "x⁴ − 2x² + 0.3x": lambda x: x**4 - 2 * x**2 + 0.3 * x,
    }
    x, y, t = rng.uniform(-3, 3, 10_000), rng.uniform(-3, 3, 10_000), rng.uniform(0, 1, 10_000)
    for name, f in functions.items():
        gap = t * f(x) + (1 - t) * f(y) - f(t * x + (1 - t) * y)  # chord minus graph
        verdict = "convex" if gap.min() >= -1e-12 else "NOT convex"
        smallest = np.round(gap.min(), 4) + 0.0  # + 0.0 turns −0.0 into 0.0
        print(
            f"   {name:<16}: smallest (chord − graph) over 10,000 triples = {smallest:+.4f}"
            f"  → {verdict}"
        )

    print("\n4. Minimizers")
    grid = np.linspace(-3, 3, 601)
    flat = functions["max(0, |x| − 1)"](grid)
    bottom = grid[flat == flat.min()]
    print(
        f"   max(0, |x| − 1): minimum 0 on [{bottom.min():.2f}, {bottom.max():.2f}], "
        f"{bottom.size} grid points: convex, many minimizers"
    )
    bowl = functions["(x − 3)²"](grid)
    minimizers = grid[bowl == bowl.min()]
    print(f"   (x − 3)²: minimizers on the grid: {minimizers}  (strictly convex: just one)")
    wavy = functions["x⁴ − 2x² + 0.3x"](grid)
    is_local_min = (wavy[1:-1] < wavy[:-2]) & (wavy[1:-1] < wavy[2:])
    for x_min in grid[1:-1][is_local_min]:
        print(
            f"   x⁴ − 2x² + 0.3x: local minimum at x = {x_min:+.2f}, "
            f"f = {functions['x⁴ − 2x² + 0.3x'](x_min):+.4f}"
        )
    print("   two local minima with different values: without convexity, local ≠ global")


if __name__ == "__main__":
    main()
