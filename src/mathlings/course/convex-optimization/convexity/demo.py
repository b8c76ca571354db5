"""Convex sets and functions: chords, minimizers, and what the Hessian's eigenvalues say.

Samples chords of a convex and a non-convex function and reports the worst gap between chord and
graph; shows the interval of minimizers of max(0, |x| − 1), the single minimizer of a strictly
convex function, and eˣ, which has none; then the eigenvalues behind the PSD shortcuts that fail.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np


def worst_chord_gap(f: Callable[[np.ndarray], np.ndarray], low: float, high: float) -> float:
    """min over sampled (x, y, t) of chord − graph: negative means a chord dips below the graph."""
    rng = np.random.default_rng(1)
    x, y, t = rng.uniform(low, high, 20_000), rng.uniform(low, high, 20_000), rng.random(20_000)
    return float(np.min(t * f(x) + (1 - t) * f(y) - f(t * x + (1 - t) * y)))


def main() -> None:
    print("1. Chords over 20,000 random (x, y, t) on [−2, 2]: min of chord − graph")
    for name, f in {
        "x⁴ − x (convex)": lambda x: x**4 - x,
        "cosh(x) (convex)": np.cosh,
        "x·sin(2x) (not convex)": lambda x: x * np.sin(2 * x),
    }.items():
        gap = worst_chord_gap(f, -2.0, 2.0)
        verdict = "a chord dips below" if gap < -1e-9 else "none below"
        print(f"   {name:<24} {gap:+.4f}  → {verdict}")

    print("\n2. Minimizers on a grid of [−3, 3]")
    grid = np.linspace(-3, 3, 601)
    flat = np.maximum(0.0, np.abs(grid) - 1)
    where = grid[flat == flat.min()]
    print(
        f"   max(0, |x| − 1): value 0 on [{where.min():.2f}, {where.max():.2f}], "
        f"{where.size} grid points: convex, not strictly, a whole interval of minimizers"
    )
    bowl = (grid - 0.7) ** 2 + 0.1 * grid**4
    print(f"   (x − 0.7)² + 0.1x⁴: one minimizer, x ≈ {grid[np.argmin(bowl)]:.2f}, strictly convex")
    for far in (0.0, -10.0, -100.0, -700.0):
        print(f"   eˣ at x = {far:>6}: {np.exp(far):.3g}", end="")
        print("   (the infimum 0 is never reached)" if far == -700.0 else "")

    print("\n3. PSD is about the smallest eigenvalue, not the diagonal or the determinant")
    u = np.ones(3) / np.sqrt(3)
    examples = {
        "[[1, 3], [3, 1]]": np.array([[1.0, 3.0], [3.0, 1.0]]),
        "[[0, 0], [0, −2]]": np.array([[0.0, 0.0], [0.0, -2.0]]),
        "7uuᵀ − 2I, u = (1,1,1)/√3": 7 * np.outer(u, u) - 2 * np.eye(3),
        "[[2, 1], [1, 2]]": np.array([[2.0, 1.0], [1.0, 2.0]]),
    }
    for name, H in examples.items():
        values = np.linalg.eigvalsh(H)
        print(
            f"   {name:<27} diagonal {np.round(np.diag(H), 3)}, det {np.linalg.det(H):+.3g}, "
            f"eigenvalues {np.round(values, 3)} → {'PSD' if values[0] >= -1e-12 else 'not PSD'}"
        )


if __name__ == "__main__":
    main()
