"""Checks for bootstrap-ci: constant data give (c, c) and empty data raise; each end of the
learner's interval sits where an order statistic of B bootstrap means can sit in SciPy's own
bootstrap distribution (scipy.stats.bootstrap, method="percentile"); and the 95% intervals of
normal samples cover the known mean as often as a percentile interval does. The two statistical
tests share a false-alarm rate of 1e-6."""

import math

import numpy as np
from hypothesis import strategies as st

from mathlings.checker import Call, Mismatch, Raises, Statistical, close, identical, stats

BUDGET = stats.Budget(tests=2)
CALL = "percentile_bootstrap_ci(x, n_resamples, confidence, seed)"
DATA = np.random.default_rng(2026).lognormal(0.0, 1.0, 20)  # skewed, so the ends are unequal
RESAMPLES, CONFIDENCE = 10_000, 0.90
SCIPY_RESAMPLES = 500_000
MU, SIGMA, SIZE = 3.0, 2.0, 30  # coverage: normal samples with a known mean
DATASETS, COVERAGE_RESAMPLES = 400, 400
COVERS_AT_LEAST, COVERS_AT_MOST = 0.85, 0.975


def interval(answer):
    """(low, high) as floats, or a Mismatch saying what is wrong with the answer's form."""
    try:
        low, high = (float(v) for v in answer)
    except (TypeError, ValueError):
        return Mismatch(f"returned {answer!r}; a tuple (low, high) of two numbers is due")
    if not (math.isfinite(low) and math.isfinite(high)) or low > high:
        return Mismatch(f"returned ({low:.6g}, {high:.6g}); the ends must be finite, low ≤ high")
    return low, high


def ends_against_scipy(learner, rng, alpha):
    from scipy.stats import binom, bootstrap

    seed = int(rng.integers(2**31))
    answer = learner.call(CALL, DATA, RESAMPLES, CONFIDENCE, seed)
    if not identical(learner.call(CALL, DATA, RESAMPLES, CONFIDENCE, seed), answer):
        return Mismatch(
            f"gave two different intervals for the same seed {seed}; draw all "
            "randomness from np.random.default_rng(seed)"
        )
    ends = interval(answer)
    if isinstance(ends, Mismatch):
        return ends
    scipy = bootstrap(
        (DATA,),
        np.mean,
        n_resamples=SCIPY_RESAMPLES,
        batch=50_000,
        confidence_level=CONFIDENCE,
        method="percentile",
        rng=np.random.default_rng(seed + 1),
    )
    means = scipy.bootstrap_distribution
    rate = alpha / 4  # two ends, each: the learner's draws and SciPy's
    for name, end, level in [
        ("low", ends[0], (1 - CONFIDENCE) / 2),
        ("high", ends[1], (1 + CONFIDENCE) / 2),
    ]:
        lo, hi = stats.order_statistic_window(level, RESAMPLES, rate)
        below = int(np.count_nonzero(means <= end))
        least = binom.ppf(rate / 2, SCIPY_RESAMPLES, lo)
        most = binom.isf(rate / 2, SCIPY_RESAMPLES, hi)
        if least <= below <= most:
            continue
        return Mismatch(
            f"returned {name} = {end:.5g} for a {CONFIDENCE:.0%} interval of the mean of 20 "
            f"values; {below / SCIPY_RESAMPLES:.4f} of SciPy's {SCIPY_RESAMPLES} bootstrap means "
            f"lie below it, where the {level:g} quantile of {RESAMPLES} bootstrap means puts "
            f"between {least / SCIPY_RESAMPLES:.4f} and {most / SCIPY_RESAMPLES:.4f}",
            expected=tuple(float(v) for v in scipy.confidence_interval),
            got=ends,
            tolerance=f"order statistic and binomial bounds at false-alarm rate {alpha:.1e}",
            mistake=end_mistake(ends, below / SCIPY_RESAMPLES, level),
        )
    return None


def end_mistake(ends, share, level):
    """The catalogued mistake this wrong end looks like."""
    if ends[1] - ends[0] <= 1e-9 * (1 + abs(ends[0])):
        return "without-replacement"
    if abs(share - (2 * level if level < 0.5 else 2 * level - 1)) < 0.01:
        return "alpha-not-halved"
    if share < 1e-3 or share > 1 - 1e-3:
        return "quantiles-of-data"
    return None


def coverage(learner, rng, alpha):
    from scipy.stats import binom

    covered = 0
    for _ in range(DATASETS):
        x = rng.normal(MU, SIGMA, SIZE)
        ends = interval(learner.call(CALL, x, COVERAGE_RESAMPLES, 0.95, int(rng.integers(2**31))))
        if isinstance(ends, Mismatch):
            return ends
        covered += ends[0] <= MU <= ends[1]
    too_few = binom.cdf(covered, DATASETS, COVERS_AT_LEAST) < alpha / 2
    too_many = binom.sf(covered - 1, DATASETS, COVERS_AT_MOST) < alpha / 2
    if not (too_few or too_many):
        return None
    return Mismatch(
        f"covered the true mean {MU:g} in {covered} of {DATASETS} samples of {SIZE} values from "
        f"N({MU:g}, {SIGMA:g}²) ({covered / DATASETS:.3f}); a 95% percentile interval covers it "
        f"between {COVERS_AT_LEAST:g} and {COVERS_AT_MOST:g} of the time",
        tolerance=f"exact binomial bounds at false-alarm rate {alpha:.1e}",
        mistake="without-replacement" if too_few else "quantiles-of-data",
    )


def constant_interval(x, n_resamples, confidence, seed):
    if len(x) == 0:
        return Raises(ValueError, "the task says an empty x has no mean to bootstrap")
    return (float(x[0]), float(x[0]))


CONSTANT = st.tuples(
    st.integers(1, 8),
    st.floats(-50, 50, allow_nan=False),
    st.integers(1, 40),
    st.sampled_from([0.5, 0.9, 0.95, 0.99]),
    st.integers(0, 2**31 - 1),
).map(lambda t: (np.full(t[0], t[1]), t[2], t[3], t[4]))

NEEDS = (CALL,)
CHECKS = [
    Call(
        CALL,
        inputs=CONSTANT,
        expected=constant_interval,
        compare=close(rtol=1e-12, atol=1e-12),
        cases=[(np.zeros(0), 100, 0.95, 0), (np.array([2.5]), 1, 0.95, 7)],
        examples=10,
        name="constant data",
    ),
    Statistical("the two ends, against SciPy", ends_against_scipy, BUDGET, seed=3, needs=NEEDS),
    Statistical("coverage of the true mean", coverage, BUDGET, seed=4, needs=NEEDS),
]
