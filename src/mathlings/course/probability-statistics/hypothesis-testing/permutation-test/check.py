"""Checks for permutation-test: the exact p-value against scipy.stats.permutation_test's exact
enumeration, and the Monte Carlo p-value by its count: an exact binomial test against the exact
p-value on small samples, Fisher's exact test against SciPy's own Monte Carlo count on larger ones.
The two statistical tests share a false-alarm rate of 1e-6."""

import numpy as np
from hypothesis import strategies as st

from mathlings.checker import Call, Mismatch, Raises, Statistical, close, identical, stats

BUDGET = stats.Budget(tests=2)
SMALL_RESAMPLES = 20_000
LARGE_RESAMPLES, SCIPY_RESAMPLES = 5_000, 20_000
# Values are multiples of 1/4, so sums are exact and distinct |T*| lie at least 1/400 apart.
SMALL_X = np.array([1.5, 4.0, 3.25, 5.5, 2.75])
SMALL_Y = np.array([3.0, 1.75, 2.5, 4.0, 0.5, 3.5, 2.25])
LARGE_X = np.round(4 * np.random.default_rng(11).normal(5.4, 2.0, 30)) / 4
LARGE_Y = np.round(4 * np.random.default_rng(12).normal(4.6, 2.0, 45)) / 4


def absolute_mean_difference(x, y, axis=-1):
    return np.abs(np.mean(x, axis=axis) - np.mean(y, axis=axis))


def scipy_p_value(x, y, n_resamples=np.inf, rng=None):
    """SciPy's permutation test on |x̄ − ȳ| (one-sided on |T|, so two-sided on T)."""
    from scipy.stats import permutation_test

    if len(x) == 0 or len(y) == 0:
        return Raises(ValueError, "the task says each group needs at least one value")
    if np.ptp(np.concatenate([x, y])) == 0 or len(x) == len(y) == 1:
        return 1.0  # every split ties with the observed one (SciPy needs two values a group)
    result = permutation_test(
        (x, y),
        absolute_mean_difference,
        permutation_type="independent",
        vectorized=True,
        n_resamples=n_resamples,
        alternative="greater",
        rng=rng,
    )
    return float(result.pvalue)


@st.composite
def two_samples(draw):
    """(x, y): 2 to 6 values each, multiples of 1/4 in [−10, 10], sometimes with many ties."""
    spread = draw(st.sampled_from([2, 8, 40]))
    value = st.integers(-spread, spread).map(lambda k: k / 4)
    x = draw(st.lists(value, min_size=2, max_size=6))
    y = draw(st.lists(value, min_size=2, max_size=6))
    return np.array(x), np.array(y)


def count_of(p, n_resamples):
    """The count k with p = (1 + k) / (1 + R), or a Mismatch saying why p is not of that form."""
    try:
        p = float(p)
    except (TypeError, ValueError):
        return Mismatch(f"returned {p!r}, which is not a number")
    k = p * (1 + n_resamples) - 1
    if not np.isfinite(k) or abs(k - round(k)) > 1e-6 or not 0 <= round(k) <= n_resamples:
        return Mismatch(
            f"returned p = {p:.6g}, which is not (1 + k)/(1 + R) for a whole count k from 0 to "
            f"R = {n_resamples}: (1 + R)·p − 1 = {k:.4f}",
            mistake="no-plus-one" if 0 < p < 1 else None,
        )
    return round(k)


def monte_carlo_count(learner, x, y, n_resamples, seed):
    """The learner's count for these data, after checking that the same seed gives the same p."""
    call = "permutation_p_value(x, y, n_resamples, seed)"
    p = learner.call(call, x, y, n_resamples, seed)
    again = learner.call(call, x, y, n_resamples, seed)
    if not identical(p, again):
        return Mismatch(
            f"gave {p!r} and then {again!r} for the same seed {seed}; draw all "
            "randomness from np.random.default_rng(seed)"
        )
    return count_of(p, n_resamples)


def small_samples(learner, rng, alpha):
    seed = int(rng.integers(2**31))
    k = monte_carlo_count(learner, SMALL_X, SMALL_Y, SMALL_RESAMPLES, seed)
    if isinstance(k, Mismatch):
        return k
    p_exact = scipy_p_value(SMALL_X, SMALL_Y)
    found = stats.proportion_test(k, SMALL_RESAMPLES, p_exact, alpha)
    if found is not None:
        found.message = (
            f"on x = {SMALL_X.tolist()}, y = {SMALL_Y.tolist()} with R = {SMALL_RESAMPLES}, "
            "your relabellings at least as extreme as the data were "
            f"{found.message.removeprefix('gave ')}"
            f" (the exact p-value, from all C(12, 5) = 792 splits)"
        )
        found.mistake = small_sample_mistake(k)
    return found


def small_sample_mistake(k):
    """The catalogued mistake whose own p-value the count k fits, if one does."""
    from scipy.stats import binomtest

    if k == SMALL_RESAMPLES:
        return "shuffle-within-groups"
    z = np.concatenate([SMALL_X, SMALL_Y])
    draws = np.random.default_rng(0).choice(z, size=(200_000, z.size))
    t_star = absolute_mean_difference(draws[:, : SMALL_X.size], draws[:, SMALL_X.size :])
    t_obs = absolute_mean_difference(SMALL_X, SMALL_Y)
    p_with_replacement = float(np.mean(t_star >= t_obs - 1e-9))
    if binomtest(k, SMALL_RESAMPLES, p_with_replacement).pvalue > 1e-4:
        return "with-replacement"
    return None


def larger_samples(learner, rng, alpha):
    from scipy.stats import fisher_exact

    seed = int(rng.integers(2**31))
    k = monte_carlo_count(learner, LARGE_Y, LARGE_X, LARGE_RESAMPLES, seed)
    if isinstance(k, Mismatch):
        return k
    p_scipy = scipy_p_value(LARGE_Y, LARGE_X, SCIPY_RESAMPLES, np.random.default_rng(seed))
    k_scipy = round(p_scipy * (1 + SCIPY_RESAMPLES) - 1)
    table = [[k, LARGE_RESAMPLES - k], [k_scipy, SCIPY_RESAMPLES - k_scipy]]
    p_value = float(fisher_exact(table).pvalue)
    if p_value >= alpha:
        return None
    return Mismatch(
        f"on samples of 45 and 30 values, {k} of your {LARGE_RESAMPLES} relabellings "
        f"({k / LARGE_RESAMPLES:.4f}) were at least as extreme as the data, against {k_scipy} of "
        f"SciPy's {SCIPY_RESAMPLES} ({k_scipy / SCIPY_RESAMPLES:.4f}); two right answers differ "
        f"this much with probability {p_value:.1e}",
        expected=p_scipy,
        got=(1 + k) / (1 + LARGE_RESAMPLES),
        tolerance=f"Fisher's exact test of the two counts at false-alarm rate {alpha:.1e}",
    )


def monte_carlo_oracle(x, y, n_resamples, seed):
    """Where every relabelling ties with the data, p = (1 + R)/(1 + R) = 1 whatever the draws."""
    return scipy_p_value(x, y)


TIES = [
    (np.array([0.0]), np.array([1.0])),
    (np.array([4.0]), np.array([4.0, 4.0])),
    (np.array([2.5, 2.5, 2.5]), np.array([2.5])),
]
NEEDS = ("permutation_p_value(x, y, n_resamples, seed)",)
CHECKS = [
    Call(
        "exact_permutation_p_value(x, y)",
        inputs=two_samples(),
        expected=scipy_p_value,
        compare=close(rtol=0, atol=1e-12),
        cases=[
            (np.array([1.0, 1.0]), np.array([3.0, 3.0])),
            (np.array([2.0, 2.0]), np.array([2.0, 2.0, 2.0])),
            (np.array([1.0, 2.0, 3.0]), np.array([7.0, 8.0])),
            (np.array([0.25, -1.5, 4.0, 2.0]), np.array([0.5, 3.75, -2.25])),
            (np.zeros(0), np.array([1.0, 2.0])),
            *TIES,
        ],
    ),
    Call(
        "permutation_p_value(x, y, n_resamples, seed)",
        inputs=st.tuples(st.sampled_from(TIES), st.integers(1, 50), st.integers(0, 2**31 - 1)).map(
            lambda t: (*t[0], t[1], t[2])
        ),
        expected=monte_carlo_oracle,
        compare=close(rtol=0, atol=1e-12),
        cases=[(np.array([1.0, 2.0]), np.zeros(0), 10, 0), (*TIES[0], 99, 3)],
        examples=10,
        name="Monte Carlo p-value when every relabelling ties",
    ),
    Statistical("Monte Carlo p-value, small samples", small_samples, BUDGET, seed=1, needs=NEEDS),
    Statistical("Monte Carlo p-value, larger samples", larger_samples, BUDGET, seed=2, needs=NEEDS),
]
