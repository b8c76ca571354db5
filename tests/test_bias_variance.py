"""What the bias-variance drill and lab promise: with the 1/R variance, bias² + variance is exactly
the mean squared distance of the predictions from f(x0); the identity step's band is exact for
the test noise (a correct answer passes on every seed, and the band is as wide as task.md says);
and the lab's test error is a U over the degree, bias² falling and variance rising."""

from __future__ import annotations

import sys
from types import ModuleType

import numpy as np
import pytest

from mathlings.catalog import load_course
from mathlings.checker import stats
from mathlings.checker.engine import load_checks
from mathlings.labs import bias_variance as lab

DRILL = load_course().drill("bias-variance")


def check_module() -> ModuleType:
    load_checks(DRILL.path)
    return sys.modules[f"mathlings_drill_{DRILL.path.name.replace('-', '_')}"]


CHECK = check_module()


class Oracle:
    """A learner whose decompose is the check's own oracle."""

    def call(self, signature: str, *args):
        return CHECK.decomposition(*args)


def test_the_task_states_the_budget_its_check_keeps() -> None:
    budget = stats.drill_budget(CHECK.CHECKS)
    assert budget == CHECK.BUDGET
    assert stats.states(DRILL.task, budget.sentence())


@pytest.mark.parametrize("case", range(len(CHECK.CASES)))
def test_with_the_1_over_r_variance_bias2_plus_variance_is_the_mean_squared_distance(case) -> None:
    f, x_train, x0, degree, _, noise, _ = CHECK.CASES[case]
    y_hat = CHECK.predictions(f, x_train, x0, degree, noise).ravel()
    bias2, variance, _, _ = CHECK.decomposition(*CHECK.CASES[case])
    assert bias2 + variance == pytest.approx(np.mean((y_hat - f(x0)) ** 2), rel=1e-12)


def test_a_correct_answer_passes_the_identity_on_every_seed() -> None:
    for seed in range(100):
        rng = np.random.default_rng(seed)
        assert CHECK.adds_up(Oracle(), rng, CHECK.BUDGET.each) is None, seed


def test_the_identity_bands_cross_term_has_the_stated_spread() -> None:
    """Given the fits, −(2/R) Σ (ŷᵣ − f(x0)) εᵣ has standard deviation (2σ/R)·‖ŷ − f(x0)‖: the
    normal part of the band, checked against 20 000 draws of the test noise."""
    rng = np.random.default_rng(3)
    f, x0, degree = CHECK.IDENTITY_SETUPS[0]
    sigma, runs = CHECK.IDENTITY_SIGMA, CHECK.IDENTITY_RUNS
    x_train = np.linspace(-1, 1, CHECK.IDENTITY_N)
    noise = sigma * rng.standard_normal((runs, CHECK.IDENTITY_N))
    offsets = CHECK.predictions(f, x_train, x0, degree, noise).ravel() - f(x0)
    eps = sigma * rng.standard_normal((20_000, runs))
    cross = -2 * (eps @ offsets) / runs
    assert cross.std() == pytest.approx(2 * sigma * np.linalg.norm(offsets) / runs, rel=0.03)


def test_the_identity_band_is_as_wide_as_task_md_says() -> None:
    rng = np.random.default_rng(CHECK.CHECKS[-1].seed)
    x_train = np.linspace(-1, 1, CHECK.IDENTITY_N)
    widths = []
    for f, x0, degree in CHECK.IDENTITY_SETUPS:
        sigma = CHECK.IDENTITY_SIGMA
        noise = sigma * rng.standard_normal((CHECK.IDENTITY_RUNS, CHECK.IDENTITY_N))
        rng.standard_normal(CHECK.IDENTITY_RUNS)  # the test noise, drawn as the check does
        y_hat = CHECK.predictions(f, x_train, x0, degree, noise).ravel()
        each = CHECK.BUDGET.each / len(CHECK.IDENTITY_SETUPS)
        widths.append(CHECK.identity_band(y_hat, float(f(x0)), sigma, each))
    assert min(widths) > 0.065 and max(widths) < 0.125


def test_the_lab_draws_a_u_with_bias_falling_and_variance_rising() -> None:
    rng = np.random.default_rng(lab.SEED)
    noise = lab.SIGMA * rng.standard_normal((lab.RUNS, lab.N))
    terms = np.array([lab.decomposition(d, noise) for d in lab.DEGREES])
    error = terms.sum(axis=1) + lab.SIGMA**2
    best = int(np.argmin(error))
    assert 0 < best < len(error) - 1
    assert error[0] > 2 * error[best] and error[-1] > 2 * error[best]
    assert terms[0, 0] > 10 * terms[best, 0]  # bias² falls
    assert np.all(np.diff(terms[:, 1]) > 0)  # variance rises with every degree
    assert error.min() > lab.SIGMA**2  # never below the noise
