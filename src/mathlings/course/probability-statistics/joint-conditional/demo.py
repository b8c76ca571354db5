"""Joint, marginal and conditional probability on a table of counts, and the base-rate effect of
Bayes' rule in its odds form, each checked against a simulated population."""

from __future__ import annotations

import numpy as np


def main() -> None:
    people = 100_000
    condition = people // 100  # prevalence 1%
    caught = condition * 9 // 10  # sensitivity 90%
    cleared = (people - condition) * 95 // 100  # specificity 95%
    counts = np.array(
        [[caught, condition - caught], [people - condition - cleared, cleared]]
    )  # rows: condition / none; columns: test + / test −
    print("counts for 100 000 people (rows: condition / none; columns: + / −):")
    print(counts)
    joint = counts / people
    row_totals, column_totals = joint.sum(axis=1), joint.sum(axis=0)
    print(f"marginals: P(condition) = {row_totals[0]:.3f}, P(+) = {column_totals[0]:.4f}")
    column = joint[:, 0] / column_totals[0]
    print(f"P(condition | +) = {column[0]:.4f}: the + column divided by its own total")
    product = (joint[0] / row_totals[0]) * row_totals[0]
    assert np.allclose(product, joint[0]), "the product rule P(x, y) = P(y | x) P(x)"

    rng = np.random.default_rng(0)
    crowd = 1_000_000
    ratio = 0.90 / 0.05  # likelihood ratio P(+ | D) / P(+ | not D)
    print(f"\nbase rate, odds form: posterior odds = prior odds × {ratio:g}")
    print("  prevalence     formula   simulated")
    for rate in (1e-6, 1e-4, 1e-3, 1e-2, 0.1, 0.5):
        odds = rate / (1 - rate) * ratio
        formula = odds / (1 + odds)
        sick = rng.random(crowd) < rate
        flagged = np.where(sick, rng.random(crowd) < 0.90, rng.random(crowd) < 0.05)
        print(f"  {rate:<12g}  {formula:8.4f}   {sick[flagged].mean():8.4f}")


if __name__ == "__main__":
    main()
