"""Statistical checks keep their stated false-alarm rate and catch wrong answers."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats as sps

from mathlings.checker.stats import (
    Budget,
    counts_test,
    distribution_test,
    dkw_epsilon,
    dkw_miss_bound,
    hoeffding_miss_bound,
    mean_test,
    proportion_test,
    rejection_rate,
    samples_for_dkw,
)


def test_a_budget_splits_the_drills_rate_and_refuses_more_than_one_in_a_million() -> None:
    budget = Budget(tests=4)
    assert budget.each == pytest.approx(2.5e-7)
    assert "4 tests" in budget.sentence() and "1e-06" in budget.sentence()
    with pytest.raises(ValueError):
        Budget(tests=1, total=1e-3)


def test_the_dkw_band_is_the_one_in_the_inequality() -> None:
    n, alpha = 10_000, 1e-6
    eps = dkw_epsilon(n, alpha)
    assert 2 * math.exp(-2 * n * eps**2) == pytest.approx(alpha)
    assert samples_for_dkw(eps, alpha) == n


def test_right_samples_pass_and_wrong_ones_fail_with_the_numbers() -> None:
    rng = np.random.default_rng(1)
    normal = sps.norm(0, 1).cdf
    alpha = Budget(tests=1).each
    assert distribution_test(rng.normal(0, 1, 20_000), normal, alpha) is None
    wrong = distribution_test(rng.normal(0, 1.3, 20_000), normal, alpha, "N(0, 1)")
    assert wrong is not None and "do not follow N(0, 1)" in wrong.message
    assert distribution_test([0.0, float("nan")], normal, alpha) is not None


def test_the_false_alarm_rate_holds_where_it_can_be_measured() -> None:
    # At a rate large enough to see (5%), 400 runs of a right sampler: far under 3 x the rate.
    uniform = sps.uniform(0, 1).cdf

    def run(rng: np.random.Generator) -> object:
        return distribution_test(rng.uniform(0, 1, 500), uniform, 0.05)

    assert rejection_rate(run, runs=400) <= 0.05 * 2


def test_power_is_computed_for_a_known_distance_and_agrees_with_simulation() -> None:
    # Exponential(1) against Exponential(rate 1.5): sup |F - G| is known in closed form.
    t = math.log(1.5) / 0.5
    distance = math.exp(-t) - math.exp(-1.5 * t)
    n, alpha = 5_000, 1e-7
    bound = dkw_miss_bound(n, alpha, distance)
    assert bound < 1e-3  # caught with probability >= 0.999, guaranteed

    def run(rng: np.random.Generator) -> object:
        return distribution_test(rng.exponential(1 / 1.5, n), sps.expon().cdf, alpha)

    assert rejection_rate(run, runs=50) == 1.0


def test_hoeffding_mean_test_and_its_power() -> None:
    rng = np.random.default_rng(3)
    alpha = 1e-7
    assert mean_test(rng.uniform(0, 1, 40_000), 0.5, 0.0, 1.0, alpha) is None
    off = mean_test(rng.uniform(0, 1, 40_000) * 0.94, 0.5, 0.0, 1.0, alpha)
    assert off is not None and "away from 0.5" in off.message
    assert hoeffding_miss_bound(40_000, alpha, 0.03, 0.0, 1.0) < 1e-3  # a mean 0.47
    assert mean_test([2.0], 0.5, 0.0, 1.0, alpha) is not None  # outside the bounds


def test_exact_proportion_and_pooled_counts() -> None:
    alpha = 1e-7
    assert proportion_test(5_030, 10_000, 0.5, alpha) is None
    assert proportion_test(5_600, 10_000, 0.5, alpha) is not None
    probs = sps.poisson(3).pmf(np.arange(15))
    rng = np.random.default_rng(4)
    counts = np.bincount(np.minimum(rng.poisson(3, 20_000), 14), minlength=15)
    assert counts_test(counts, probs, alpha) is None
    wrong = np.bincount(np.minimum(rng.poisson(3.3, 20_000), 14), minlength=15)
    found = counts_test(wrong, probs, alpha)
    assert found is not None and "chi-square" in found.message
