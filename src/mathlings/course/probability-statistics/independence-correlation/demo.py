"""Uncorrelated but dependent: the random-sign pair (both N(0, 1), not jointly Gaussian) and the
circle, with their correlations and the tables of sextiles that show the dependence."""

from __future__ import annotations

import numpy as np


def sextiles(v: np.ndarray) -> np.ndarray:
    return np.argsort(np.argsort(v)) * 6 // len(v)


def table(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    counts = np.zeros((6, 6), dtype=int)
    np.add.at(counts, (sextiles(x), sextiles(y)), 1)
    return counts


def main() -> None:
    rng = np.random.default_rng(1)
    n = 60_000
    x = rng.standard_normal(n)
    sign = rng.choice([-1.0, 1.0], size=n)
    y = sign * x
    print("random sign, Y = S·X:")
    print(f"  mean, std of Y: {y.mean():.3f}, {y.std():.3f} (N(0, 1) like X)")
    print(
        f"  correlation r = {np.corrcoef(x, y)[0, 1]:+.4f}, but |Y| = |X| always:"
        f" {np.array_equal(np.abs(x), np.abs(y))}"
    )
    print("  sextile table (rows: x, columns: y); an independent pair would show ~1667 each:")
    print(table(x, y))

    theta = rng.uniform(0, 2 * np.pi, n)
    point = np.exp(1j * theta)  # e^{iθ} = cos θ + i sin θ
    cx, cy = point.real, point.imag
    print(f"circle: r = {np.corrcoef(cx, cy)[0, 1]:+.4f}, and x² + y² = 1 for every point")
    print(table(cx, cy))

    ix, iy = rng.standard_normal(n), rng.standard_normal(n)
    print(f"independent pair: r = {np.corrcoef(ix, iy)[0, 1]:+.4f}")
    print(table(ix, iy))


if __name__ == "__main__":
    main()
