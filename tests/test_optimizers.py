"""The optimizers topic and the learning-rates drill: the torch oracle set to a given state is the
update rule the task states, the conventions the lesson names are what it says they are, the
generated step counts keep away from ties, and the optimizers lab draws what it promises."""

from __future__ import annotations

import importlib.util
import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings

from mathlings.catalog import COURSE_DIR

AREA = COURSE_DIR / "convex-optimization"
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)


def load(path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


torch = pytest.importorskip("torch")
OPT = load(AREA / "optimizers" / "optimizers" / "check.py", "optimizers_check")
OPT_SOLUTION = load(AREA / "optimizers" / "optimizers" / "solution.py", "optimizers_solution")
LR = load(AREA / "convergence" / "learning-rates" / "check.py", "learning_rates_check")
LR_SOLUTION = load(AREA / "convergence" / "learning-rates" / "solution.py", "lr_solution")


def adam_by_the_task(x, g, state, lr, beta1, beta2, eps, weight_decay=0.0):
    """The rule as task.md writes it, independent of the reference solution's code."""
    x = x * (1 - lr * weight_decay)
    t = state["t"] + 1
    m = beta1 * state["m"] + (1 - beta1) * g
    v = beta2 * state["v"] + (1 - beta2) * g * g
    corrected = (m / (1 - beta1**t)) / (np.sqrt(v / (1 - beta2**t)) + eps)
    return x - lr * corrected, m, v, t


@SETTINGS
@given(OPT.adamw_steps())
def test_torch_adamw_from_a_set_state_is_the_rule_the_task_states(args) -> None:
    x, g, state, *hyper = args
    x_new, after = OPT.expected_adamw(x, g, state, *hyper)
    want_x, m, v, t = adam_by_the_task(x, g, state, *hyper)
    np.testing.assert_allclose(x_new, want_x, rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose(after["m"], m, rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose(after["v"], v, rtol=1e-12, atol=1e-14)
    assert after["t"] == t


@SETTINGS
@given(OPT.momentum_steps())
def test_torch_momentum_from_a_set_buffer_is_v_mu_v_plus_g(args) -> None:
    x, g, state, lr, mu = args
    x_new, after = OPT.expected_momentum(x, g, state, lr, mu)
    v = mu * state["v"] + g
    np.testing.assert_allclose(after["v"], v, rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose(x_new, x - lr * v, rtol=1e-12, atol=1e-14)


def test_a_fresh_torch_adam_takes_the_same_first_step_as_the_zero_state() -> None:
    x, g = np.array([1.0, -2.0]), np.array([0.3, 4.0])
    p = torch.tensor(x, requires_grad=True)
    opt = torch.optim.Adam([p], lr=0.1, eps=1e-3)
    p.grad = torch.tensor(g)
    opt.step()
    zero = {"m": np.zeros(2), "v": np.zeros(2), "t": 0}
    x_new, after = OPT.expected_adam(x, g, zero, 0.1, 0.9, 0.999, 1e-3)
    np.testing.assert_allclose(p.detach().numpy(), x_new, rtol=0, atol=1e-15)
    assert after["t"] == 1


def test_the_keras_momentum_convention_walks_the_same_path_with_buffers_minus_eta_apart() -> None:
    """As the lesson says: same x for a fixed η, stored vectors −η times torch's."""
    rng = np.random.default_rng(0)
    lr, mu = 0.05, 0.9
    x_torch = x_keras = np.array([1.0, -1.0, 2.0])
    v_torch = v_keras = np.zeros(3)
    for _ in range(50):
        g = rng.normal(size=3)
        x_torch, state = OPT_SOLUTION.momentum_step(x_torch, g, {"v": v_torch}, lr, mu)
        v_torch = state["v"]
        v_keras = mu * v_keras - lr * g
        x_keras = x_keras + v_keras
    np.testing.assert_allclose(x_keras, x_torch, rtol=1e-12)
    np.testing.assert_allclose(v_keras, -lr * v_torch, rtol=1e-12)


def test_the_recorded_runs_are_fifty_steps_of_every_optimizer() -> None:
    for which in ("sgd", "momentum", "adam", "adamw"):
        for _, _, grads, xs, states in OPT.runs(which):
            assert len(grads) == len(xs) == len(states) == OPT.STEPS == 50
            assert all(np.all(np.isfinite(x)) for x in xs)


@SETTINGS
@given(LR.step_counts())
def test_generated_step_counts_agree_with_the_bound_and_keep_away_from_ties(args) -> None:
    kappa, r0, tol = args
    counted = LR.counted_steps(kappa, r0, tol)
    assert counted == LR_SOLUTION.steps_needed(kappa, r0, tol)
    rho = (kappa - 1) / (kappa + 1)
    if r0 > tol and rho > 0:
        s = math.log(tol / r0) / math.log(rho)
        assert abs(s - round(s)) >= 0.1 - 1e-9


@SETTINGS
@given(LR.spectra())
def test_gradient_descent_diverges_just_above_the_rate_and_converges_just_below(args) -> None:
    (eigenvalues,) = args
    edge = LR_SOLUTION.divergence_rate(eigenvalues)
    # 200 steps at 1 ± 1%: the factor along λ_max is ∓(1 ± 0.02), far from 1 after 200 steps
    assert LR.growth(eigenvalues, 0.99 * edge) < 1
    assert LR.growth(eigenvalues, 1.01 * edge) > 1


def test_the_optimizers_lab_shows_adam_with_a_far_too_high_rate_failing_to_settle() -> None:
    from mathlings.labs import optimizers as lab

    for problem in lab.PROBLEMS:
        found = lab.paths(problem)
        good, high = (path for label, path in found.items() if label.startswith("Adam"))
        loss = [problem.f(p[-100:, 0], p[-100:, 1]).mean() for p in (good, high)]
        assert loss[1] > loss[0], problem.name
