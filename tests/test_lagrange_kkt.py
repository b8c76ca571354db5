"""The lagrange-kkt topic: its oracles cross-checked against SciPy and scikit-learn, its
generated data keeping the promises the task texts make, and the svm lab's circled points."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from scipy.optimize import minimize

from mathlings.catalog import COURSE_DIR

TOPIC = COURSE_DIR / "convex-optimization" / "lagrange-kkt"
SETTINGS = settings(
    max_examples=40,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)


def load(drill: str, name: str = "check"):
    spec = importlib.util.spec_from_file_location(f"{drill}_{name}", TOPIC / drill / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


LAGRANGE = load("lagrange")
KKT = load("kkt-check")
SVM = load("svm-dual")


# --- lagrange -------------------------------------------------------------------------------


def slsqp(Q, c, A, b) -> np.ndarray:
    """The minimizer by scipy.optimize.minimize (SLSQP), tight tolerances."""
    constraints = [{"type": "eq", "fun": lambda x: A @ x - b, "jac": lambda x: A}] if len(A) else []
    result = minimize(
        lambda x: 0.5 * x @ Q @ x + c @ x,
        np.zeros(len(c)),
        jac=lambda x: Q @ x + c,
        method="SLSQP",
        constraints=constraints,
        options={"ftol": 1e-14, "maxiter": 500},
    )
    assert result.success, result.message
    return result.x


def agrees_with_scipy(Q, c, A, b) -> None:
    x, lam = LAGRANGE.kkt_solution(Q, c, A, b)
    assert np.allclose(x, slsqp(Q, c, A, b), rtol=1e-5, atol=1e-5)
    # the sign the task fixes, L = f + λᵀ(Ax − b): λ = −∂f*/∂b, by central differences
    for k in range(len(b)):
        step = np.zeros(len(b))
        step[k] = 1e-5
        value = [
            (lambda x: 0.5 * x @ Q @ x + c @ x)(LAGRANGE.kkt_solution(Q, c, A, b + s)[0])
            for s in (step, -step)
        ]
        assert (value[0] - value[1]) / 2e-5 == pytest.approx(-lam[k], rel=1e-5, abs=1e-5)


@pytest.mark.parametrize("case", range(len(LAGRANGE.CASES)))
def test_the_lagrange_oracle_agrees_with_scipy_on_the_fixed_cases(case: int) -> None:
    agrees_with_scipy(*LAGRANGE.CASES[case])


@SETTINGS
@given(LAGRANGE.problems())
def test_the_lagrange_oracle_agrees_with_scipy_on_generated_problems(problem) -> None:
    agrees_with_scipy(*problem)


# --- kkt-check ------------------------------------------------------------------------------


def quantities_tested(grad_f, g, grad_g, h, grad_h, mu, lam, tol=KKT.TOL):
    grad_L = grad_f + grad_g.T @ mu + grad_h.T @ lam
    return np.concatenate([np.abs(grad_L), g, np.abs(h), -mu, np.abs(mu * g)]) / tol


def clear_cut(candidate) -> None:
    """Every tested quantity is at most tol/2 or at least 100·tol, as task.md says."""
    q = quantities_tested(*candidate)
    assert np.all((q <= 0.5) | (q >= 100)), q


@SETTINGS
@given(KKT.candidates())
def test_the_generated_kkt_candidates_are_clear_cut(candidate) -> None:
    clear_cut(candidate)


def test_the_fixed_kkt_candidates_are_clear_cut_and_fail_each_subset() -> None:
    for candidate in KKT.CASES:
        clear_cut(candidate)
    for candidate in KKT.DEFAULT_TOL_CASES:
        clear_cut((*candidate, KKT.TOL))
    seen = {tuple(KKT.in_order(KKT.failures(*candidate))) for candidate in KKT.CASES}
    assert seen == set(KKT.SUBSETS)


def test_a_set_of_names_is_an_answer_like_a_list() -> None:
    assert KKT.same_names(["stationarity"], {"stationarity"}, ()) is None
    assert KKT.same_names([], set(), ()) is None
    found = KKT.same_names(["stationarity"], frozenset({"dual feasibility"}), ())
    assert found is not None and "missed stationarity" in found.message


# --- svm-dual -------------------------------------------------------------------------------


def unique_and_clear(X, y) -> None:
    """scikit-learn's answer is the KKT point the task promises: support vectors on the margin
    with αᵢ ≥ 0.01, every other point with margin ≥ 1.5; and it is what SLSQP on the dual gives."""
    from sklearn.svm import SVC

    svc = SVC(kernel="linear", C=1e6, tol=1e-9).fit(X, y)
    w, b, support = SVM.svc_answer(X, y)
    margins = y * (X @ w + b)
    others = np.setdiff1d(np.arange(len(y)), support)
    assert np.allclose(margins[support], 1.0, atol=1e-5)
    assert np.all(margins[others] >= 1.5 - 1e-5)
    assert np.all(np.abs(svc.dual_coef_[0]) >= SVM.ALPHA_FLOOR)
    reference = load("svm-dual", "solution")
    assert SVM.svm_answer((w, b, support), reference.svm_dual(X, y), (X, y)) is None


@pytest.mark.parametrize("case", range(len(SVM.CASES)))
def test_the_svm_oracle_is_the_promised_kkt_point_on_the_fixed_cases(case: int) -> None:
    unique_and_clear(*SVM.CASES[case])


@SETTINGS
@given(SVM.separable())
def test_the_svm_oracle_is_the_promised_kkt_point_on_generated_data(data) -> None:
    unique_and_clear(*data)


@SETTINGS
@given(SVM.separable(near_origin=True))
def test_the_w_steps_data_have_the_origin_inside_the_margin_band(data) -> None:
    unique_and_clear(*data)
    _, b, _ = SVM.svc_answer(*data)
    assert 0.1 - 1e-6 <= abs(b) <= 0.6 + 1e-6


def test_the_svm_lab_circles_points_on_the_margin(tmp_path: Path) -> None:
    from sklearn.svm import SVC

    from mathlings.labs import svm

    X, y = svm.separable_points(0)
    svc = SVC(kernel="linear", C=1e6, tol=1e-9).fit(X, y)
    margins = y * svc.decision_function(X)
    assert np.allclose(margins[svc.support_], 1.0, atol=1e-5)
    assert svm.render(tmp_path / "svm.png").is_file()
