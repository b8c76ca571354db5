"""Gradient descent and the learning rate: crawl, converge, oscillate, bounce, diverge.

For f(x) = (x − 3)² the demo runs the update x ← x − η f′(x) for several η and checks each
trajectory against the closed form x_t = 3 + (1 − 2η)ᵗ(x₀ − 3). On a 2-D quadratic with Hessian
eigenvalues 10 and 0.5 it runs the loop on both sides of η = 2/β (β = λ_max = 10), shows the flat
direction crawl, and at the best rate 2/(λ_max + λ_min) measures the error shrinking by
(κ − 1)/(κ + 1) per step. It checks the chord inequality of a convex function, shows a convex
function with a flat bottom of minimizers, and a non-convex function whose local minimum is not
global.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np


def descend(grad: Callable[[np.ndarray], np.ndarray], x0: np.ndarray, eta: float, steps: int):
    """The update loop itself: x ← x − η ∇f(x), returning x_0, x_1, …, x_steps."""
    xs = [np.asarray(x0, dtype=float)]
    for _ in range(steps):
        xs.append(xs[-1] - eta * grad(xs[-1]))
    return np.array(xs)


def main() -> None:
    print("1. f(x) = (x − 3)², x₀ = 0: the loop x ← x − η·2(x − 3)")
    shown = [0, 1, 2, 3, 10, 50]
    print("   η      1 − 2η   " + "".join(f"{'x_' + str(t):>11}" for t in shown) + "   verdict")
    cases = [
        (0.01, "crawls"),
        (0.1, "converges"),
        (0.5, "one step"),
        (0.9, "oscillates, converges"),
        (1.0, "bounces forever"),
        (1.1, "diverges"),
    ]
    for eta, verdict in cases:
        xs = descend(lambda x: 2 * (x - 3), np.array(0.0), eta, max(shown))
        closed = 3 + (1 - 2 * eta) ** np.arange(max(shown) + 1) * (0.0 - 3)
        assert np.allclose(xs, closed), "the loop agrees with x_t = 3 + (1 − 2η)ᵗ(x₀ − 3)"
        row = "".join(f"{xs[t]:>11.4g}" for t in shown)
        print(f"   {eta:<5}  {1 - 2 * eta:+6.2f}  {row}   {verdict}")
    print("   every run matches the closed form x_t = 3 + (1 − 2η)ᵗ(x₀ − 3)")
    print("   converges iff |1 − 2η| < 1, i.e. 0 < η < 1 = 2/β with β = f″ = 2")

    print("\n2. A 2-D quadratic f(x) = ½ xᵀHx, H = diag(10, 0.5): β = λ_max = 10, so η < 0.2")
    H = np.diag([10.0, 0.5])
    x0 = np.array([1.0, 1.0])
    for eta in (0.05, 0.19, 0.21):
        xs = descend(lambda x: H @ x, x0, eta, 100)
        factors = np.abs(1 - eta * np.diag(H))
        print(
            f"   η = {eta:<4}: per step the curved coordinate is multiplied by {factors[0]:.2f},"
            f" the flat one by {factors[1]:.3f}"
        )
        for t in (1, 10, 100):
            print(f"      x_{t:<3} = ({xs[t][0]:+.2e}, {xs[t][1]:+.2e})")
    print("   the most curved direction (λ = 10) caps η below 2/10; the flat one (λ = 0.5) crawls")

    lam_max, lam_min = 10.0, 0.5
    kappa = lam_max / lam_min
    eta = 2 / (lam_max + lam_min)
    xs = descend(lambda x: H @ x, x0, eta, 60)
    errors = np.linalg.norm(xs, axis=1)  # distance to the minimum at 0
    measured = errors[60] / errors[59]
    print(f"   best fixed rate η = 2/(λ_max + λ_min) = {eta:.4f}, κ = λ_max/λ_min = {kappa:.0f}")
    rho = 1 - 2 * lam_min / (lam_max + lam_min)  # = (κ − 1)/(κ + 1)
    print(f"   error shrinks by {measured:.4f} per step (measured), (κ − 1)/(κ + 1) = {rho:.4f}")
    # The worst start lies along an extreme eigenvector: there the error is exactly ρᵗ‖x₀‖.
    x = np.array([0.0, 1.0])  # the eigenvector of λ_min = 0.5
    count = 0
    while np.linalg.norm(x) > 1e-6:
        x = x - eta * (H @ x)
        count += 1
    print(
        f"   from the flat eigenvector, shrinking the error 10⁶ times takes {count} steps "
        f"(log(10⁻⁶)/log ρ = {np.log(1e-6) / np.log(rho):.2f}, rounded up)"
    )

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
