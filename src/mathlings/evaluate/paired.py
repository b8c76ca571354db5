"""The statistics: paired bootstrap over examples, McNemar's exact test, t-interval over seeds.

Each function takes plain arrays and returns numbers; nothing here reads files or writes sentences.
"""

from __future__ import annotations

import numpy as np

# Resample indices are drawn in blocks of about this many, so memory stays small for any n; the
# generator's stream is the same as one (resamples, n) draw, so results do not depend on the block.
BLOCK = 2_000_000


def bootstrap_means(per_example: np.ndarray, resamples: int, seed: int) -> np.ndarray:
    """Means of each row of `per_example` (k, n) over the same `resamples` resamples of its columns.

    Resample r takes n column indices uniformly with replacement from
    `np.random.default_rng(seed).integers(0, n, size=(resamples, n))`; sharing them across rows is
    what makes the bootstrap paired: A and B are always scored on the same resampled test set.
    """
    k, n = per_example.shape
    rng = np.random.default_rng(seed)
    means = np.empty((k, resamples))
    rows = max(1, BLOCK // n)
    for start in range(0, resamples, rows):
        stop = min(resamples, start + rows)
        idx = rng.integers(0, n, size=(stop - start, n))
        means[:, start:stop] = per_example[:, idx].mean(axis=2)
    return means


def percentile_interval(means: np.ndarray, level: float) -> tuple[float, float]:
    """The central `level` share of the bootstrap distribution (the percentile interval)."""
    low, high = np.percentile(means, [50 * (1 - level), 50 * (1 + level)])
    return float(low), float(high)


def mcnemar_exact(right_a: np.ndarray, right_b: np.ndarray) -> tuple[int, int, float]:
    """(only A right, only B right, two-sided p): a binomial test on the discordant pairs.

    Under "A and B are equally accurate", each example that exactly one of them gets right is
    equally likely to be A's or B's; the examples both get right or both get wrong say nothing
    about which is better.
    """
    from scipy.stats import binomtest

    only_a = int(np.sum(right_a & ~right_b))
    only_b = int(np.sum(right_b & ~right_a))
    if only_a + only_b == 0:
        return 0, 0, 1.0
    return only_a, only_b, float(binomtest(only_b, only_a + only_b, 0.5).pvalue)


def welch_interval(
    xa: np.ndarray, xb: np.ndarray, level: float
) -> tuple[float, float, float, float]:
    """(mean_b − mean_a, low, high, df): Welch's t-interval, runs of A and B independent.

    se² = s_a²/n_a + s_b²/n_b, and df by Welch–Satterthwaite: seed i of A and seed i of B are
    different trainings, so the runs are not paired.
    """
    from scipy.stats import t

    va, vb = xa.var(ddof=1) / len(xa), xb.var(ddof=1) / len(xb)
    difference = float(xb.mean() - xa.mean())
    se = float(np.sqrt(va + vb))
    if se == 0:
        return difference, difference, difference, float(len(xa) + len(xb) - 2)
    df = float((va + vb) ** 2 / (va**2 / (len(xa) - 1) + vb**2 / (len(xb) - 1)))
    half = float(t.ppf((1 + level) / 2, df)) * se
    return difference, difference - half, difference + half, df
