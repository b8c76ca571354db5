"""Hypothesis tests and intervals: an exact permutation test of two models' accuracies over
training seeds, how often p < 0.05 when nothing differs and when something does, and what the 95%
of a 95% confidence interval is about."""

from __future__ import annotations

from itertools import combinations

import numpy as np
from scipy import stats


def main() -> None:
    a = np.array([0.912, 0.905, 0.921, 0.908, 0.915])  # model A, accuracy over 5 seeds
    b = np.array([0.903, 0.899, 0.910, 0.907, 0.901])  # model B
    pool = np.concatenate([a, b])
    deals = np.array(list(combinations(range(pool.size), a.size)))
    first = pool[deals].mean(axis=1)
    second = (pool.sum() - pool[deals].sum(axis=1)) / b.size
    gap = abs(a.mean() - b.mean())
    hits = int(np.sum(np.abs(first - second) >= gap - 1e-12))
    print(
        f"A − B = {a.mean() - b.mean():+.4f}; {hits} of the {len(deals)} relabellings are at "
        f"least as far apart: exact two-sided p = {hits / len(deals):.4f}"
    )

    rng = np.random.default_rng(0)
    experiments, n = 4000, 5
    null_p = stats.ttest_ind(
        rng.normal(0, 1, (experiments, n)), rng.normal(0, 1, (experiments, n)), axis=1
    ).pvalue
    real_p = stats.ttest_ind(
        rng.normal(0.5, 1, (experiments, n)), rng.normal(0, 1, (experiments, n)), axis=1
    ).pvalue
    print(
        f"no difference at all, n = {n} per group: p < 0.05 in {np.mean(null_p < 0.05):.3f} of "
        "experiments (the false-alarm rate, by construction)"
    )
    print(
        f"a real difference of 0.5σ, n = {n}: p < 0.05 in only {np.mean(real_p < 0.05):.3f}; "
        f"'not significant' in {np.mean(real_p >= 0.05):.3f} although the difference is there"
    )

    size, runs = 30, 10_000
    draws = rng.exponential(1.0, (runs, size))  # true mean 1
    centre = draws.mean(axis=1)
    half = stats.t.ppf(0.975, size - 1) * draws.std(axis=1, ddof=1) / np.sqrt(size)
    covered = np.mean((centre - half <= 1.0) & (centre + half >= 1.0))
    print(
        f"95% t-intervals for the mean of Exponential(1), n = {size}: {covered:.3f} of "
        f"{runs} intervals contain the true mean 1"
    )
    print(
        f"one of them: [{centre[0] - half[0]:.3f}, {centre[0] + half[0]:.3f}], which either "
        "contains 1 or does not; the 95% belongs to the procedure"
    )


if __name__ == "__main__":
    main()
