"""Expectation and variance: a loaded die, the cancellation in E[X²] − μ², and the bias of the
1/n sample variance measured over many samples."""

from __future__ import annotations

import numpy as np


def main() -> None:
    faces = np.arange(1, 7, dtype=float)
    p = np.array([0.1] * 5 + [0.5])
    mu = float(faces @ p)
    var = float(p @ (faces - mu) ** 2)
    print(f"loaded die: E[X] = {mu:g}, Var[X] = {var:g}, the long way and the short way agree:")
    print(f"  E[X²] − μ² = {float(p @ faces**2) - mu**2:g}")

    shifted = faces + 1e8  # the same die, moved far from 0: Var is unchanged
    m = float(shifted @ p)
    print(
        f"the die shifted by 10⁸: Σ p (x − μ)² = {float(p @ (shifted - m) ** 2):.6g}, "
        f"E[X²] − μ² = {float(p @ shifted**2) - m**2:.6g}  (every digit lost)"
    )

    rng = np.random.default_rng(0)
    n, runs = 5, 200_000
    data = rng.normal(0.0, 2.0, size=(runs, n))  # σ² = 4
    squares = ((data - data.mean(axis=1, keepdims=True)) ** 2).sum(axis=1)
    print(f"samples of n = {n} from N(0, 4), averaged over {runs} samples:")
    print(f"  1/n:     {squares.mean() / n:.3f}  (≈ (n − 1)/n · 4 = {(n - 1) / n * 4:.3f})")
    print(f"  1/(n−1): {squares.mean() / (n - 1):.3f}  (≈ 4)")


if __name__ == "__main__":
    main()
