"""What recognize-distribution's task promises: the families are told apart by wide margins at
N = 5000, a correct answer (either variance divisor, n̂ rounded or not, any of the uniform's
estimates) stays inside the parameter bands, the binomial's normal approximation is what the
band assumes, and every catalogued mistake is caught on almost every seed, not only on the
drill's own."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

import numpy as np
import pytest

from mathlings.catalog import load_course, mistakes_in, with_reference
from mathlings.checker import stats
from mathlings.checker.engine import load_checks

DRILL = load_course().drill("recognize-distribution")
SEEDS = 200  # seeds per power or false-alarm measurement


def check_module() -> ModuleType:
    load_checks(DRILL.path)
    return sys.modules[f"mathlings_drill_{DRILL.path.name.replace('-', '_')}"]


CHECK = check_module()


def function_in(source: str, name: str = "recognize") -> Callable:
    namespace: dict = {}
    exec(compile(source, name, "exec"), namespace)  # the drill's own files
    return namespace[name]


class Learner:
    """Stands in for the sandboxed learner: calls a function of ours directly."""

    def __init__(self, fn: Callable) -> None:
        self.fn = fn

    def call(self, signature: str, *args):
        return self.fn(*(np.array(a) for a in args))


REFERENCE = function_in(DRILL.solution)
ALTERNATIVES = {path.stem: function_in(path.read_text()) for path in DRILL.alternatives}
MISTAKES = {m.id: function_in(with_reference(m.path)) for m in mistakes_in(DRILL.path)}
TESTS = {check.name: check.test for check in CHECK.CHECKS}
ALPHA = CHECK.BUDGET.each


def run(step: str, fn: Callable, seed: int):
    return TESTS[step](Learner(fn), np.random.default_rng(seed), ALPHA)


def failing_step(fn: Callable, seed: int):
    """The first step that fails on this seed (every step drawn from it), and its Mismatch."""
    for step in TESTS:
        found = run(step, fn, seed)
        if found is not None:
            return step, found
    return None, None


def with_ddof_1(x):
    """The reference with the 1/(N − 1) variance everywhere, and n̂ rounded."""
    mean, var = np.mean(x), np.var(x, ddof=1)
    name, params = REFERENCE(x)
    if name == "binomial":
        n = round(mean**2 / (mean - var))
        return name, {"n": n, "p": mean / n}
    if name == "gaussian":
        return name, {"mu": mean, "sigma": np.sqrt(var)}
    if name == "uniform":
        s = np.sqrt(var)
        return name, {"a": mean - np.sqrt(3) * s, "b": mean + np.sqrt(3) * s}
    return name, params


def test_the_task_states_the_budget_its_checks_keep() -> None:
    budget = stats.drill_budget(CHECK.CHECKS)
    assert budget == CHECK.BUDGET and budget.tests == 6
    assert stats.states(DRILL.task, budget.sentence())


@pytest.mark.parametrize(
    "fn",
    [REFERENCE, with_ddof_1, *ALTERNATIVES.values()],
    ids=["reference", "ddof-1-rounded-n-moments", *ALTERNATIVES],
)
def test_correct_answers_pass_on_every_seed(fn: Callable) -> None:
    for seed in range(SEEDS // 4):
        step, found = failing_step(fn, 1000 + seed)
        assert step is None, f"seed {1000 + seed}: {step}: {found and found.message}"


def statistic_margins(family: str, statistic: Callable, threshold: float) -> float:
    """The fewest standard errors between the threshold and the statistic's mean, over the
    family's settings (mean and standard error measured on 300 samples each)."""
    rng = np.random.default_rng(5)
    margins = []
    for params in CHECK.SETTINGS[family]:
        values = np.array([statistic(CHECK.draw(family, params, rng)) for _ in range(300)])
        margins.append(abs(values.mean() - threshold) / values.std())
    return min(margins)


def ratio(x):
    return np.var(x) / np.mean(x)


def kurtosis(x):
    z = x - x.mean()
    return np.mean(z**4) / np.mean(z**2) ** 2 - 3


def reach(x):
    return (x.max() - x.min()) / x.std()


@pytest.mark.parametrize(
    ("family", "statistic", "threshold"),
    [
        ("binomial", ratio, 0.8),
        ("poisson", ratio, 0.8),
        ("gaussian", kurtosis, -0.6),
        ("uniform", kurtosis, -0.6),
        ("uniform", reach, 5.0),
    ],
)
def test_the_families_are_8_standard_errors_from_the_tasks_thresholds(
    family: str, statistic: Callable, threshold: float
) -> None:
    assert statistic_margins(family, statistic, threshold) > 8


def test_a_gaussian_sample_spans_under_5_standard_deviations_with_probability_below_1e_12() -> None:
    """The range is no sum, so no standard error says it: P(max − min < r) for N standard normals
    is N ∫ φ(t) (Φ(t + r) − Φ(t))^(N − 1) dt, and (max − min)/s < 5 needs s > 1.1σ or a range
    under 5.5σ."""
    from scipy.stats import chi2, norm

    size, r = CHECK.N, 5.5
    t = np.linspace(-10, 5, 200_001)
    log = norm.logpdf(t) + (size - 1) * np.log(norm.cdf(t + r) - norm.cdf(t))
    narrow = size * np.trapezoid(np.exp(log), t)
    wide_s = chi2.sf(size * 1.1**2, size - 1)
    assert narrow + wide_s < 1e-12


@pytest.mark.parametrize("params", CHECK.SETTINGS["binomial"], ids=str)
def test_the_binomial_band_is_a_normal_approximation_that_holds(params: dict) -> None:
    """(x̄, x̄ − s²) over 3000 samples: the delta method's covariance within 10 %, and no sample
    past a Mahalanobis radius of 5.5 (the band uses 7)."""
    n, p, size = params["n"], params["p"], CHECK.N
    rng = np.random.default_rng(11)
    x = rng.binomial(n, p, (3000, size)).astype(float)
    pairs = np.stack([x.mean(axis=1), x.mean(axis=1) - x.var(axis=1)], axis=1)
    var = n * p * (1 - p)
    mu3, mu4_minus = var * (1 - 2 * p), 2 * var**2 + var * (1 - 6 * p * (1 - p))
    cross = var - mu3
    delta = np.array([[var, cross], [cross, var + mu4_minus - 2 * mu3]]) / size
    assert np.allclose(np.cov(pairs.T), delta, rtol=0.1, atol=0)
    centred = pairs - [n * p, n * p * p]
    radius = np.sqrt(np.einsum("ij,jk,ik->i", centred, np.linalg.inv(delta), centred))
    assert radius.max() < 5.5
    band = CHECK.bands("binomial", params, ALPHA / 5)
    n_hat, p_hat = pairs[:, 0] ** 2 / pairs[:, 1], pairs[:, 1] / pairs[:, 0]
    assert band["n"][0] < n_hat.min() and n_hat.max() < band["n"][1]
    assert band["p"][0] < p_hat.min() and p_hat.max() < band["p"][1]


def test_the_bands_are_as_wide_as_task_md_says() -> None:
    def width(family, params, key):
        low, high = CHECK.bands(family, params, ALPHA / 5)[key]
        return (high - low) / 2

    assert width("bernoulli", {"p": 0.5}, "p") == pytest.approx(0.04, abs=0.005)
    assert width("poisson", {"lam": 2.0}, "lam") == pytest.approx(0.11, abs=0.005)
    assert width("gaussian", {"mu": 0.0, "sigma": 1.0}, "mu") == pytest.approx(0.08, abs=0.005)
    assert width("uniform", {"a": 0.0, "b": 1.0}, "a") == pytest.approx(0.08, abs=0.005)
    n_low, n_high = CHECK.bands("binomial", {"n": 40, "p": 0.4}, ALPHA / 5)["n"]
    assert n_low / 40 == pytest.approx(0.82, abs=0.01)
    assert n_high / 40 == pytest.approx(1.27, abs=0.01)
    assert width("binomial", {"n": 2, "p": 0.5}, "n") == pytest.approx(0.7, abs=0.05)


@pytest.mark.parametrize("mistake", list(MISTAKES))
def test_each_mistake_is_caught_and_named_on_almost_every_seed(mistake: str) -> None:
    """Power: over 100 seeds the mistake fails, with its own name, every time. By design it is
    far more certain than that: the swapped test misnames every binomial and Poisson sample, the
    support tested last misnames every Bernoulli with p ≥ 0.3 (variance/mean = 1 − p), x̄ ± s is
    0.21(b − a) from the ends where the band allows 0.08(b − a), s² for σ is off by the factor σ
    (0.1 for σ = 0.1), max(x) at (60, 0.5) reaches the band's 52.2 with probability
    5000·P(Bin(60, ½) ≥ 53) ≈ 2e-6, and s²/x̄ = 0.25 at (6, 0.75) against a band from 0.71."""
    for seed in range(100):
        step, found = failing_step(MISTAKES[mistake], 5000 + seed)
        assert step is not None, f"seed {5000 + seed}: {mistake} passed"
        assert found.mistake == mistake, f"seed {5000 + seed}: {step} named {found.mistake}"
