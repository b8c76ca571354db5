"""The central limit theorem in numbers: the spread of die averages, data that stay skewed while
their means do not, interval coverage that needs far more than n = 30 for a heavy-tailed
population, and Cauchy means that never settle."""

from __future__ import annotations

import math

import numpy as np
from scipy.stats import norm

rng = np.random.default_rng(0)


def skewness(v: np.ndarray) -> float:
    d = v - v.mean()
    return float(np.mean(d**3) / np.mean(d**2) ** 1.5)


def die() -> None:
    sigma = math.sqrt(35 / 12)
    rolls = 100
    averages = rng.integers(1, 7, size=(100_000, rolls)).mean(axis=1)
    print(f"a fair die: σ = √(35/12) = {sigma:.4f}; averages of {rolls} rolls:")
    print(f"  σ/√n = {sigma / math.sqrt(rolls):.4f}, measured over 100 000 averages: "
          f"{averages.std():.4f}")  # fmt: skip
    inside = np.mean(np.abs(averages - 3.5) <= 1.96 * sigma / math.sqrt(rolls))
    print(f"  share within 3.5 ± 1.96·σ/√n: {inside:.4f}  (the CLT says about 0.95)")


def data_versus_means() -> None:
    waits = rng.exponential(1.0, size=(100_000, 30))
    print("Exponential(1) waiting times (skewness 2):")
    print(f"  skewness of all 3 000 000 data points: {skewness(waits.ravel()):.3f}"
          "  (more data do not make data normal)")  # fmt: skip
    print(f"  skewness of the 100 000 means of 30: {skewness(waits.mean(axis=1)):.3f}"
          f"  (2/√30 = {2 / math.sqrt(30):.3f})")  # fmt: skip
    rho = 12 / math.e - 2  # E|X − 1|³ for Exponential(1), whose σ = 1
    print(f"  Berry–Esseen: sup|Fₙ − Φ| ≤ 0.4748·ρ/(σ³√n) = {0.4748 * rho / math.sqrt(30):.3f}"
          " at n = 30, a guarantee, not an estimate")  # fmt: skip


def coverage(population, n: int, mu: float, runs: int) -> float:
    draws = population((runs, n))
    centre = draws.mean(axis=1)
    half = norm.ppf(0.975) * draws.std(axis=1, ddof=1) / math.sqrt(n)
    return float(np.mean(np.abs(centre - mu) <= half))


def coverage_table() -> None:
    lognormal_mean = math.exp(1.5**2 / 2)
    populations = {
        "die": (lambda shape: rng.integers(1, 7, size=shape).astype(float), 3.5),
        "lognormal(0, 1.5²)": (lambda shape: rng.lognormal(0.0, 1.5, size=shape), lognormal_mean),
    }
    print("coverage of the nominal 95 % interval x̄ ± 1.96·s/√n (20 000 samples each):")
    for name, (population, mu) in populations.items():
        row = ", ".join(
            f"n = {n}: {coverage(population, n, mu, 20_000):.3f}" for n in (10, 30, 200, 1000)
        )
        print(f"  {name:<20} {row}")


def cauchy() -> None:
    print("Cauchy: interquartile range of the mean of n draws (2 000 means each; IQR 2 at n = 1):")
    for n in (1, 100, 10_000):
        means = rng.standard_cauchy((2_000, n)).mean(axis=1)
        q1, q3 = np.percentile(means, [25, 75])
        print(f"  n = {n:>6}: {q3 - q1:.2f}")


if __name__ == "__main__":
    die()
    data_versus_means()
    coverage_table()
    cauchy()
