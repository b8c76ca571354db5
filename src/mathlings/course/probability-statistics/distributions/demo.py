"""The five distributions: each checked (total 1, mean, variance) by summation or a Riemann sum,
the naive binomial overflowing where log-space does not, Binomial(n, λ/n) → Poisson(λ), and the
numbers that tell a sample's family: support, variance/mean, excess kurtosis, range/sd."""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np


def log_factorial(m: int) -> float:
    """log m! = log Γ(m + 1), for any size of m."""
    return math.lgamma(m + 1)


def log_binomial(k: int, n: int, p: float) -> float:
    log_ways = log_factorial(n) - log_factorial(k) - log_factorial(n - k)
    return log_ways + k * math.log(p) + (n - k) * math.log(1 - p)


def main() -> None:
    n, p = 10, 0.3
    masses = [math.exp(log_binomial(k, n, p)) for k in range(n + 1)]
    mean = sum(k * m for k, m in enumerate(masses))
    var = sum((k - mean) ** 2 * m for k, m in enumerate(masses))
    print(f"binomial(10, 0.3): total {sum(masses):.12f}, mean {mean:.6f} (np = 3), "
          f"var {var:.6f} (np(1−p) = 2.1)")  # fmt: skip

    lam = 3.0
    poisson = [lam**k * math.exp(-lam) / math.factorial(k) for k in range(60)]  # small k: fine
    mean = sum(k * m for k, m in enumerate(poisson))
    print(f"Poisson(3): total {sum(poisson):.12f}, mean {mean:.6f}, var "
          f"{sum((k - mean) ** 2 * m for k, m in enumerate(poisson)):.6f} (both λ)")  # fmt: skip

    step = 1e-3
    grid = [-8 + i * step for i in range(int(16 / step))]
    density = [math.exp(-x * x / 2) / math.sqrt(2 * math.pi) for x in grid]
    print(f"N(0, 1): ∫f ≈ {sum(density) * step:.6f}, ∫x²f ≈ "
          f"{sum(x * x * f for x, f in zip(grid, density)) * step:.6f}")  # fmt: skip
    print(
        f"N(0, 0.01²) peaks at {1 / (0.01 * math.sqrt(2 * math.pi)):.1f}: a density, not a "
        "probability, may exceed 1"
    )

    n, k = 2000, 1000
    try:
        naive = math.factorial(n) / (math.factorial(k) * math.factorial(n - k)) * 0.5**n
    except OverflowError as error:
        naive = f"OverflowError ({error})"
    exact = Fraction(math.comb(n, k), 2**n)
    print(
        f"P(1000 heads in 2000 flips): naive {naive}; log-space "
        f"{math.exp(log_binomial(k, n, 0.5)):.12g}; exact {float(exact):.12g}"
    )

    print("Binomial(n, 3/n) against Poisson(3) at k = 2:")
    for n in (10, 100, 10_000):
        print(f"  n = {n:>6}: {math.exp(log_binomial(2, n, 3 / n)):.6f}  vs  {poisson[2]:.6f}")


def telltales(x: np.ndarray) -> str:
    """The numbers that tell the five apart: support, variance/mean (for counts), shape."""
    whole = bool(np.all(x == np.floor(x)))
    centred = x - x.mean()
    m2, m4 = np.mean(centred**2), np.mean(centred**4)
    ratio = f"{m2 / x.mean():5.3f}" if whole else "  -  "
    return (
        f"{'whole' if whole else 'real ':5} {x.min():6.2f} … {x.max():5.2f}  var/mean {ratio}  "
        f"kurtosis {m4 / m2**2 - 3:5.2f}  range/sd {(x.max() - x.min()) / np.sqrt(m2):4.2f}"
    )


def telling_apart() -> None:
    rng = np.random.default_rng(1)
    draws = {
        "Bernoulli(0.6)": lambda n: rng.binomial(1, 0.6, n),
        "binomial(30, 0.2)": lambda n: rng.binomial(30, 0.2, n),
        "Poisson(9)": lambda n: rng.poisson(9.0, n),
        "N(4, 1.5²)": lambda n: rng.normal(4.0, 1.5, n),
        "U[4, 8]": lambda n: rng.uniform(4.0, 8.0, n),
    }
    for n in (100, 5000):
        print(f"Telling them apart, one sample of n = {n} each (kurtosis: the excess one):")
        for name, sample in draws.items():
            print(f"  {name:18} {telltales(sample(n).astype(float))}")


if __name__ == "__main__":
    main()
    telling_apart()
