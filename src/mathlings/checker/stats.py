"""Statistical checks: a sampler, an estimator or a test is judged on random data, so a correct
answer could fail by bad luck. Each drill states how rarely that may happen, and the checks keep it.

- A drill has one false-alarm budget (at most 1e-6: a correct solution fails less than once in a
  million runs), split evenly across its statistical tests (Bonferroni). `Budget(tests=k)`, shared
  by the drill's k `Statistical` checks (spec.py); its sentence is printed in the verdict, and
  task.md states it too (`drill_budget`, `states`).
- Each test here has a guaranteed (not asymptotic) false-alarm rate where one exists:
  the DKW inequality for a whole distribution, P(sup|Fₙ − F| > ε) ≤ 2·exp(−2nε²);
  Hoeffding's for the mean of a bounded variable; an exact binomial test for a probability;
  a chi-square test for a discrete distribution (asymptotic; used only with every expected count
  at least 5, as scipy's own distribution tests do). Samples come from a seed the check gives,
  so the same file always gets the same verdict.
- Power: a test must also catch the catalogued wrong answers, each with probability >= 0.999 at
  the chosen sample size. Where the wrong answer's distance is known, `dkw_miss_bound` and
  `hoeffding_miss_bound` bound the chance of missing it (computed, no sampling); otherwise
  `rejection_rate` measures it by simulation in a drill's tests.

Messages state the test, its numbers and the rate, so a learner sees a claim and its evidence.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from mathlings.checker.compare import Mismatch

MAX_FALSE_ALARM = 1e-6


@dataclass(frozen=True)
class Budget:
    """A drill's false-alarm rate `total`, split evenly across its `tests` statistical tests."""

    tests: int
    total: float = MAX_FALSE_ALARM

    def __post_init__(self) -> None:
        if not 0 < self.total <= MAX_FALSE_ALARM:
            raise ValueError(f"a drill's false-alarm rate is at most {MAX_FALSE_ALARM:g}")
        if self.tests < 1:
            raise ValueError("a budget is for at least one test")

    @property
    def each(self) -> float:
        return self.total / self.tests

    def sentence(self) -> str:
        return (
            f"a correct answer fails one of these {self.tests} tests with probability below "
            f"{self.total:.0e} (each test at {self.each:.1e})"
            if self.tests > 1
            else f"a correct answer fails this test with probability below {self.total:.0e}"
        )


def drill_budget(checks: Sequence[Any]) -> Budget | None:
    """The one budget a drill's statistical checks (those with a `budget`) share, None when it has
    none; a ValueError when they hold different budgets or the budget counts another number of
    tests, since then the rate task.md states is not the one kept."""
    budgets = [check.budget for check in checks if getattr(check, "budget", None) is not None]
    if not budgets:
        return None
    if any(b != budgets[0] for b in budgets):
        raise ValueError("a drill's statistical checks share one Budget")
    if budgets[0].tests != len(budgets):
        raise ValueError(
            f"the drill's Budget is split across {budgets[0].tests} tests, but it has "
            f"{len(budgets)} statistical checks"
        )
    return budgets[0]


def states(text: str, sentence: str) -> bool:
    """Whether `text` (a task.md) states `sentence`, whatever its capitals and line breaks."""
    return " ".join(sentence.split()).casefold() in " ".join(text.split()).casefold()


def dkw_epsilon(n: int, alpha: float) -> float:
    """The ε with P(sup|Fₙ − F| > ε) ≤ α for n samples (Dvoretzky–Kiefer–Wolfowitz, Massart's
    constant): ε = sqrt(ln(2/α) / (2n))."""
    return math.sqrt(math.log(2 / alpha) / (2 * n))


def samples_for_dkw(epsilon: float, alpha: float) -> int:
    """The sample size at which the DKW band at rate alpha is ε wide."""
    return math.ceil(math.log(2 / alpha) / (2 * epsilon**2))


def dkw_miss_bound(n: int, alpha: float, distance: float) -> float:
    """An upper bound on the chance that `distribution_test` passes samples from a wrong
    distribution G with sup|G − F| = distance: the empirical CDF must then stray distance − ε
    from G, which DKW bounds by 2·exp(−2n(distance − ε)²). Power is at least 1 − this."""
    gap = distance - dkw_epsilon(n, alpha)
    return 1.0 if gap <= 0 else min(1.0, 2 * math.exp(-2 * n * gap**2))


def hoeffding_miss_bound(n: int, alpha: float, offset: float, low: float, high: float) -> float:
    """An upper bound on the chance that `mean_test` passes a variable whose mean is `offset`
    away from the right one (Hoeffding again, on the other side)."""
    t = (high - low) * math.sqrt(math.log(2 / alpha) / (2 * n))
    gap = abs(offset) - t
    return 1.0 if gap <= 0 else min(1.0, 2 * math.exp(-2 * n * gap**2 / (high - low) ** 2))


def order_statistic_window(level: float, n_resamples: int, rate: float) -> tuple[float, float]:
    """[lo, hi] holding G(end) with probability ≥ 1 − rate, where the end of a resampling
    interval is the k-th smallest of B resampled statistics and G their distribution function:
    G(X₍ₖ₎) ~ Beta(k, B + 1 − k), for every k a quantile convention may pick at `level`. So a
    learner's bootstrap interval can be placed within the oracle's distribution without fixing
    one quantile rule."""
    from scipy.stats import beta

    k_lo = max(1, math.floor(level * (n_resamples - 1)))
    k_hi = min(n_resamples, math.ceil(level * n_resamples) + 1)
    lo = beta.ppf(rate / 2, k_lo, n_resamples + 1 - k_lo)
    hi = beta.isf(rate / 2, k_hi, n_resamples + 1 - k_hi)
    return float(lo), float(hi)


def distribution_test(
    samples: Any, cdf: Callable[[np.ndarray], np.ndarray], alpha: float, name: str = ""
) -> Mismatch | None:
    """The samples follow the continuous distribution `cdf`, to within the DKW band at `alpha`."""
    x = _finite_samples(samples)
    if isinstance(x, Mismatch):
        return x
    n = x.size
    x = np.sort(x)
    f = np.asarray(cdf(x), dtype=float)
    upper = np.arange(1, n + 1) / n - f
    lower = f - np.arange(0, n) / n
    distance = float(max(upper.max(), lower.max()))
    epsilon = dkw_epsilon(n, alpha)
    if distance <= epsilon:
        return None
    where = float(x[int(np.argmax(np.maximum(upper, lower)))])
    return Mismatch(
        f"do not follow {name or 'the distribution asked for'}: the largest gap between their "
        f"empirical CDF and the right one is {distance:.4f} (at x = {where:.4g}), over the "
        f"{epsilon:.4f} that {n} samples allow",
        tolerance=f"DKW band at false-alarm rate {alpha:.1e}",
    )


def mean_test(
    samples: Any, mean: float, low: float, high: float, alpha: float, name: str = "the mean"
) -> Mismatch | None:
    """The sample mean of a variable bounded in [low, high] is within Hoeffding's bound of `mean`:
    P(|x̄ − μ| ≥ t) ≤ 2·exp(−2nt² / (high − low)²) = alpha."""
    x = _finite_samples(samples)
    if isinstance(x, Mismatch):
        return x
    if x.min() < low or x.max() > high:
        return Mismatch(
            f"has values outside [{low:g}, {high:g}], where every sample must lie", certain=True
        )
    n = x.size
    t = (high - low) * math.sqrt(math.log(2 / alpha) / (2 * n))
    got = float(x.mean())
    if abs(got - mean) < t:
        return None
    return Mismatch(
        f"has {name} {got:.4g}, {abs(got - mean):.3g} away from {mean:.4g}; {n} samples "
        f"allow {t:.3g}",
        expected=mean,
        got=got,
        tolerance=f"Hoeffding bound at false-alarm rate {alpha:.1e}",
    )


def proportion_test(successes: int, n: int, p: float, alpha: float) -> Mismatch | None:
    """`successes` out of n fits a probability p (exact two-sided binomial test)."""
    from scipy.stats import binomtest

    p_value = binomtest(int(successes), int(n), p).pvalue
    if p_value >= alpha:
        return None
    return Mismatch(
        f"gave {successes} of {n} ({successes / n:.4f}) where the probability is {p:g}; "
        f"a correct answer lands this far off with probability {p_value:.1e}",
        expected=p,
        got=successes / n,
        tolerance=f"exact binomial test at false-alarm rate {alpha:.1e}",
    )


def counts_test(
    observed: Sequence[int], probabilities: Sequence[float], alpha: float
) -> Mismatch | None:
    """Counts of the outcomes 0, 1, ... fit `probabilities` (chi-square). Outcomes with an
    expected count under 5 are pooled, so the test's stated rate holds."""
    from scipy.stats import chisquare

    counts = np.asarray(observed, dtype=float)
    probs = np.asarray(probabilities, dtype=float)
    if counts.shape != probs.shape:
        return Mismatch(
            f"gave {counts.size} counts where there are {probs.size} outcomes", certain=True
        )
    expected = probs / probs.sum() * counts.sum()
    merged_obs, merged_exp = _pool(counts, expected)
    if len(merged_obs) < 2:
        return None
    p_value = chisquare(merged_obs, merged_exp).pvalue
    if p_value >= alpha:
        return None
    worst = int(np.argmax(np.abs(counts - expected) / np.sqrt(np.maximum(expected, 1e-12))))
    return Mismatch(
        f"gave counts that do not fit the probabilities (chi-square p = {p_value:.1e}); the "
        f"furthest off is outcome {worst}: {int(counts[worst])} where {expected[worst]:.1f} "
        "are expected",
        tolerance=f"chi-square test at false-alarm rate {alpha:.1e}",
    )


def _pool(counts: np.ndarray, expected: np.ndarray) -> tuple[list[float], list[float]]:
    """Neighbouring outcomes pooled until each pool expects at least 5."""
    obs_pools: list[float] = []
    exp_pools: list[float] = []
    o = e = 0.0
    for oc, ec in zip(counts, expected, strict=True):
        o, e = o + oc, e + ec
        if e >= 5:
            obs_pools.append(o)
            exp_pools.append(e)
            o = e = 0.0
    if e > 0 and exp_pools:
        obs_pools[-1] += o
        exp_pools[-1] += e
    elif e > 0:
        obs_pools.append(o)
        exp_pools.append(e)
    return obs_pools, exp_pools


def _finite_samples(samples: Any) -> np.ndarray | Mismatch:
    try:
        x = np.asarray(samples, dtype=float).ravel()
    except (TypeError, ValueError):
        return Mismatch(f"are not numbers (a {type(samples).__name__})", certain=True)
    if x.size == 0:
        return Mismatch("are empty", certain=True)
    if not np.isfinite(x).all():
        return Mismatch("contain NaN or infinity", certain=True)
    return x


def rejection_rate(
    test: Callable[[np.random.Generator], Mismatch | None], runs: int = 200, seed: int = 0
) -> float:
    """How often `test` (given a fresh generator each run) rejects: its power against a wrong
    sampler, or its false-alarm rate against a right one. For a drill's tests, not its checks."""
    rng = np.random.default_rng(seed)
    seeds = rng.integers(2**63, size=runs)
    rejected = sum(test(np.random.default_rng(seed)) is not None for seed in seeds)
    return rejected / runs
