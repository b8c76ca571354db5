"""Statistical checks keep their stated false-alarm rate and catch wrong answers."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats as sps

from mathlings.checker import Statistical, check
from mathlings.checker.engine import load_checks
from mathlings.checker.stats import (
    Budget,
    counts_test,
    distribution_test,
    dkw_epsilon,
    dkw_miss_bound,
    drill_budget,
    hoeffding_miss_bound,
    mean_test,
    proportion_test,
    rejection_rate,
    samples_for_dkw,
    states,
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


# ----------------------------------------------------------------- the Statistical kind, end to end

SAMPLER_CHECK = """
import numpy as np

from mathlings.checker import Statistical, stats

N = 2000
BUDGET = stats.Budget(tests=1)


def exponential_draws(learner, rng, alpha):
    x = learner.call("sample(n, seed)", N, int(rng.integers(2**31)))
    found = stats.distribution_test(
        x, lambda t: 1 - np.exp(-np.clip(t, 0, None)), alpha, "Exponential(1)"
    )
    if found is not None:
        found.message = f"the draws of sample({N}, seed) {found.message}"
    return found


CHECKS = [Statistical("sample", exponential_draws, BUDGET, seed=7, needs=["sample(n, seed)"])]
"""
SAMPLERS = {
    "right": "return np.random.default_rng(seed).exponential(1.0, n)",
    "inverse_cdf": "return -np.log(1 - np.random.default_rng(seed).random(n))",
    "wrong_rate": "return np.random.default_rng(seed).exponential(0.5, n)",  # rate 2
    "nan": "return np.full(n, np.nan)",
}


@pytest.fixture
def sampler_drill(drill_with_checks):
    drill = drill_with_checks("cosine-similarity", SAMPLER_CHECK, mistakes={})
    (drill.path / "task.md").write_text(
        "Write `sample(n, seed)`: n draws of Exponential(1). The check is statistical: a\n"
        "correct answer fails this test with probability below 1e-06.\n"
    )
    return drill


def sampler_file(tmp_path, kind: str):
    file = tmp_path / f"{kind}.py"
    file.write_text(f"import numpy as np\n\n\ndef sample(n, seed):\n    {SAMPLERS[kind]}\n")
    return file


@pytest.mark.parametrize("kind", ["right", "inverse_cdf"])
def test_a_right_sampler_passes_with_the_rate_as_the_steps_note(
    sampler_drill, sandbox, tmp_path, kind
) -> None:
    verdict = check(sampler_drill, file=sampler_file(tmp_path, kind), sandbox=sandbox)
    assert verdict.status == "pass", verdict.message
    assert Budget(tests=1).sentence() in verdict.checks[0].message


def test_a_wrong_rate_fails_with_the_dkw_sentence_and_the_stated_rate(
    sampler_drill, sandbox, tmp_path
) -> None:
    verdict = check(sampler_drill, file=sampler_file(tmp_path, "wrong_rate"), sandbox=sandbox)
    assert verdict.status == "fail"
    assert "do not follow Exponential(1): the largest gap between their empirical CDF" in (
        verdict.message
    )
    assert "DKW band at false-alarm rate 1.0e-06" in (verdict.detail or "")
    assert Budget(tests=1).sentence() in (verdict.detail or "")


def test_a_failure_no_draw_could_cause_is_not_told_the_false_alarm_rate(
    sampler_drill, sandbox, tmp_path
) -> None:
    verdict = check(sampler_drill, file=sampler_file(tmp_path, "nan"), sandbox=sandbox)
    assert verdict.status == "fail" and "NaN" in verdict.message
    assert "statistical" not in (verdict.detail or "")


@pytest.mark.parametrize("kind", ["right", "wrong_rate"])
def test_the_same_sampler_file_always_gets_the_same_verdict(
    sampler_drill, sandbox, tmp_path, kind
) -> None:
    file = sampler_file(tmp_path, kind)
    first, second = (check(sampler_drill, file=file, sandbox=sandbox).to_dict() for _ in "12")
    for verdict in (first, second):
        verdict.pop("duration_ms")
    assert first == second


def test_the_wrong_rate_is_caught_with_probability_at_least_0_999() -> None:
    # sup|G − F| for G = Exponential(2), F = Exponential(1): e^(−x) − e^(−2x) peaks at 1/4.
    assert dkw_miss_bound(2000, Budget(tests=1).each, 0.25) < 1e-3


def test_the_sampler_drills_task_states_the_rate_its_checks_keep(sampler_drill) -> None:
    budget = drill_budget(load_checks(sampler_drill.path))
    assert budget is not None
    assert states((sampler_drill.path / "task.md").read_text(), budget.sentence())
    assert not states(
        "a correct answer fails this test with probability below 1e-07", budget.sentence()
    )


def test_a_drills_statistical_checks_share_one_budget_that_counts_them() -> None:
    def test(learner, rng, alpha):
        return None

    one, two = Budget(tests=1), Budget(tests=2)
    assert drill_budget([Statistical("a", test, two), Statistical("b", test, two)]) == two
    assert drill_budget([]) is None
    with pytest.raises(ValueError):
        drill_budget([Statistical("a", test, one), Statistical("b", test, two)])
    with pytest.raises(ValueError):
        drill_budget([Statistical("a", test, two)])


def test_every_course_drill_with_statistical_checks_states_their_rate_in_its_task(course) -> None:
    for drill in course.drills.values():
        if "Statistical" not in (drill.path / "check.py").read_text():
            continue
        budget = drill_budget(load_checks(drill.path))
        assert budget is not None, drill.id
        assert states((drill.path / "task.md").read_text(), budget.sentence()), (
            f"{drill.id}'s task.md should say: {budget.sentence()}"
        )
