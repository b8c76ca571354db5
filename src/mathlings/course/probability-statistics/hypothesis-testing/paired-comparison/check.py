"""Checks for paired-comparison: the exact McNemar p-value against scipy.stats.binomtest on the
discordant pairs of generated predictions; the paired bootstrap interval's ends against SciPy's
bootstrap distribution of the mean per-example difference (one statistical test at 1e-6)."""

import math

import numpy as np
from hypothesis import strategies as st

from mathlings.checker import Call, Mismatch, Raises, Statistical, close, identical, stats

BUDGET = stats.Budget(tests=1)
CALL = "paired_bootstrap_ci(y_true, pred_a, pred_b, n_resamples, confidence, seed)"
RESAMPLES, CONFIDENCE, SCIPY_RESAMPLES = 10_000, 0.80, 500_000
CLASSES = 3


def predictions(rights, labels, offsets):
    """(y_true, pred_a, pred_b) from who is right on each example; a wrong one is off by offset."""
    y = np.array(labels, dtype=int)
    right = np.array(rights, dtype=bool).reshape(-1, 2)
    off = np.array(offsets, dtype=int).reshape(-1, 2)
    pred_a = np.where(right[:, 0], y, (y + off[:, 0]) % CLASSES)
    pred_b = np.where(right[:, 1], y, (y + off[:, 1]) % CLASSES)
    return y, pred_a, pred_b


@st.composite
def test_sets(draw):
    """0 to 200 examples of 3 classes; A right with probability p_a, B with p_b, often together."""
    n = draw(st.integers(0, 200))
    p_a, p_b, shared = draw(st.sampled_from([(0.8, 0.8, 0.7), (0.9, 0.7, 0.5), (0.5, 0.6, 0.0)]))
    seed = draw(st.integers(0, 2**31 - 1))
    rng = np.random.default_rng(seed)
    common = rng.random(n) < shared
    a = np.where(common, rng.random(n) < p_a, rng.random(n) < p_a)
    b = np.where(common, a, rng.random(n) < p_b)
    labels = rng.integers(0, CLASSES, n)
    offsets = rng.integers(1, CLASSES, 2 * n)
    return predictions(np.column_stack([a, b]).ravel(), labels, offsets)


def discordant(y_true, pred_a, pred_b):
    right_a, right_b = pred_a == y_true, pred_b == y_true
    return int(np.sum(right_a & ~right_b)), int(np.sum(~right_a & right_b))


def scipy_mcnemar(y_true, pred_a, pred_b):
    from scipy.stats import binomtest

    b, c = discordant(y_true, pred_a, pred_b)
    return 1.0 if b + c == 0 else float(binomtest(b, b + c, 0.5).pvalue)


def case(b, c, both=0, neither=0):
    rights = [(1, 0)] * b + [(0, 1)] * c + [(1, 1)] * both + [(0, 0)] * neither
    n = len(rights)
    return predictions(np.array(rights).ravel(), [k % CLASSES for k in range(n)], [1] * (2 * n))


TEST_SET = case(b=41, c=22, both=190, neither=47)  # 300 examples, acc_A − acc_B = 19/300


def ends_against_scipy(learner, rng, alpha):
    from scipy.stats import binom, bootstrap

    seed = int(rng.integers(2**31))
    answer = learner.call(CALL, *TEST_SET, RESAMPLES, CONFIDENCE, seed)
    if not identical(learner.call(CALL, *TEST_SET, RESAMPLES, CONFIDENCE, seed), answer):
        return Mismatch(f"gave two different intervals for the same seed {seed}")
    try:
        low, high = (float(v) for v in answer)
    except (TypeError, ValueError):
        return Mismatch(f"returned {answer!r}; a tuple (low, high) of two numbers is due")
    y, a, b = TEST_SET
    d = (a == y).astype(float) - (b == y).astype(float)
    scipy = bootstrap(
        (d,),
        np.mean,
        n_resamples=SCIPY_RESAMPLES,
        batch=50_000,
        method="percentile",
        confidence_level=CONFIDENCE,
        rng=np.random.default_rng(seed + 1),
    )
    means = scipy.bootstrap_distribution
    rate = alpha / 4
    for name, end, level in [
        ("low", low, (1 - CONFIDENCE) / 2),
        ("high", high, (1 + CONFIDENCE) / 2),
    ]:
        lo, hi = stats.order_statistic_window(level, RESAMPLES, rate)
        at_most = int(np.count_nonzero(means <= end + 1e-9))  # the differences are atoms k/n
        below = int(np.count_nonzero(means < end - 1e-9))
        if at_most >= binom.ppf(rate / 2, SCIPY_RESAMPLES, lo) and below <= binom.isf(
            rate / 2, SCIPY_RESAMPLES, hi
        ):
            continue
        scipy_ends = tuple(float(v) for v in scipy.confidence_interval)
        wide = (high - low) > 1.2 * (scipy_ends[1] - scipy_ends[0])
        return Mismatch(
            f"returned {name} = {end:.4f} for a {CONFIDENCE:.0%} interval of acc_A − acc_B "
            f"on 300 paired examples; {below / SCIPY_RESAMPLES:.4f} to "
            f"{at_most / SCIPY_RESAMPLES:.4f} of SciPy's {SCIPY_RESAMPLES} paired bootstrap "
            f"differences lie below it, where the {level:g} quantile of {RESAMPLES} of them puts "
            f"{lo:.4f} to {hi:.4f}",
            expected=scipy_ends,
            got=(low, high),
            tolerance=f"order statistic and binomial bounds at false-alarm rate {alpha:.1e}",
            mistake="unpaired" if wide else None,
        )
    return None


def tied_interval(y_true, pred_a, pred_b, n_resamples, confidence, seed):
    if len(y_true) == 0:
        return Raises(ValueError, "the task says an empty test set has no accuracy")
    return (0.0, 0.0)


TIED = st.tuples(
    st.integers(1, 30), st.integers(0, 30), st.integers(1, 40), st.integers(0, 2**31 - 1)
).map(lambda t: (*case(0, 0, both=t[0], neither=t[1]), t[2], 0.95, t[3]))

CHECKS = [
    Call(
        "mcnemar_p_value(y_true, pred_a, pred_b)",
        inputs=test_sets(),
        expected=scipy_mcnemar,
        compare=close(rtol=1e-9, atol=1e-12),
        cases=[
            case(0, 0, both=5),
            case(3, 0),
            case(41, 22, 190, 47),
            case(10, 10, 3, 3),
            case(0, 7, 2, 1),
        ],
    ),
    Call(
        CALL,
        inputs=TIED,
        expected=tied_interval,
        compare=close(rtol=0, atol=1e-12),
        cases=[(*case(0, 0), 10, 0.95, 0)],
        examples=10,
        name="two models right and wrong on the same examples",
    ),
    Statistical(
        "the paired bootstrap's ends, against SciPy",
        ends_against_scipy,
        BUDGET,
        seed=5,
        needs=(CALL,),
    ),
]
