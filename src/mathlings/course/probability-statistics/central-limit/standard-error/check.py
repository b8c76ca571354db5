"""Checks for standard-error: s/√n and x̄ ± z·SE against scipy.stats.sem and norm.ppf on
generated samples, then the interval's coverage of a known mean over seeded skewed samples,
judged by an exact binomial band."""

import numpy as np
from hypothesis import strategies as st
from scipy.stats import binom, norm, sem

from mathlings.checker import (
    Call,
    Mismatch,
    Raises,
    Statistical,
    close_relative_to,
    stats,
    tuple_of,
)

NUMBER = st.one_of(
    st.integers(-9, 9).map(float),
    st.floats(-100, 100, allow_nan=False, allow_infinity=False),
)
LEVEL = st.one_of(st.sampled_from([0.5, 0.8, 0.9, 0.95, 0.99, 0.999]), st.floats(0.01, 0.999))


def data(min_size=0):
    return st.lists(NUMBER, min_size=min_size, max_size=30).map(lambda v: np.array(v, dtype=float))


def spread(x):
    if len(x) < 2:
        return Raises(ValueError, "the task defines no standard error for n < 2")
    return float(sem(x, ddof=1))


def interval(x, level=0.95):
    if len(x) < 2:
        return Raises(ValueError, "the task defines no interval for n < 2")
    z = norm.ppf((1 + level) / 2)
    return float(np.mean(x)) - z * spread(x), float(np.mean(x)) + z * spread(x)


def largest_value(args):
    return max(1.0, float(np.max(np.abs(args[0])))) if len(args[0]) else 1.0


NEAR = close_relative_to(largest_value, "max(1, max|xᵢ|)", 1e-9)
BOTH_ENDS = tuple_of(("low", "high"), NEAR, NEAR)

PAIR = np.array([1.0, 3.0])
TRIPLE = np.array([1.0, 2.0, 6.0])  # n = 3 tells s/n from the 1/n s/√n, which agree at n = 2
CONSTANT = np.full(5, 7.0)

# The coverage test: RUNS samples of n = 200 from an Exponential with mean 2 (skewness 2). The
# normal-approximation interval's true coverage there is not exactly 95 %: 8 million simulated
# samples give 0.9445 with a standard error of 8e-5, so it lies in COVERAGE (± 10 of those).
RUNS, N, MEAN, LEVEL_95 = 3000, 200, 2.0, 0.95
COVERAGE = (0.9437, 0.9453)
BUDGET = stats.Budget(tests=1)


def band(alpha):
    """The counts k of covering intervals that a correct answer reaches with probability
    ≥ 1 − alpha, whatever its coverage p in COVERAGE: at most alpha/2 below (at the lowest p)
    and alpha/2 above (at the highest), under Binomial(RUNS, p)."""
    low, high = COVERAGE
    k_low = int(binom.ppf(alpha / 2, RUNS, low))
    while binom.cdf(k_low - 1, RUNS, low) > alpha / 2:
        k_low -= 1
    k_high = int(binom.isf(alpha / 2, RUNS, high))
    while binom.sf(k_high, RUNS, high) > alpha / 2:
        k_high += 1
    return k_low, k_high


def coverage(learner, rng, alpha):
    samples = rng.exponential(MEAN, size=(RUNS, N))
    covered = 0
    for x in samples:
        got = learner.call("mean_ci(x, level)", x, LEVEL_95)
        try:
            low, high = (float(v) for v in got)
        except (TypeError, ValueError):
            return Mismatch("must return a pair (low, high) of numbers", got=repr(got)[:200])
        if not low <= high:
            return Mismatch(f"returned low = {low:.4g} above high = {high:.4g}")
        covered += low <= MEAN <= high
    k_low, k_high = band(alpha)
    if k_low <= covered <= k_high:
        return None
    verdict = "too narrow" if covered < k_low else "too wide"
    return Mismatch(
        f"gives intervals {verdict}: they covered the true mean {MEAN:g} in {covered} of "
        f"{RUNS} samples of n = {N} from an Exponential ({covered / RUNS:.3f}); a correct 95 % "
        f"interval covers it in {k_low} to {k_high} (its true coverage there is "
        f"{COVERAGE[0]:.4f} to {COVERAGE[1]:.4f})",
        expected=f"{k_low} to {k_high}",
        got=covered,
        tolerance=f"exact binomial band at false-alarm rate {alpha:.1e}",
    )


CHECKS = [
    Call(
        "standard_error(x)",
        inputs=data().map(lambda x: (x,)),
        expected=spread,
        compare=NEAR,
        cases=[(PAIR,), (TRIPLE,), (CONSTANT,), (np.array([5.0]),), (np.zeros(0),)],
    ),
    Call(
        "mean_ci(x, level)",
        inputs=st.tuples(data(min_size=2), LEVEL),
        expected=interval,
        compare=BOTH_ENDS,
        cases=[
            (PAIR, 0.95),
            (TRIPLE, 0.9),
            (TRIPLE, 0.99),
            (TRIPLE, 0.5),
            (CONSTANT, 0.99),
            (np.array([5.0]), 0.95),
        ],
    ),
    Call(
        "mean_ci(x)",
        inputs=data(min_size=2).map(lambda x: (x,)),
        expected=interval,
        compare=BOTH_ENDS,
        name="mean_ci's default level",
        examples=20,
    ),
    Statistical("coverage", coverage, BUDGET, seed=20261203, needs=("mean_ci(x, level)",)),
]
