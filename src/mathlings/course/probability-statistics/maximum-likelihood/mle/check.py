"""Checks for mle: the closed-form maximum-likelihood estimates of a Bernoulli p, a Poisson λ and
a Gaussian (μ, σ²), against SciPy's numerical maximization of the log-likelihood of the same
data, cross-checked with the closed form."""

import numpy as np
from hypothesis import strategies as st
from scipy import optimize, special

from mathlings.checker import Call, close, tuple_of

TOLERANCE = {"rtol": 1e-6, "atol": 1e-6}
NUMERIC = {"xatol": 1e-12, "maxiter": 2000}


@st.composite
def data(draw, sample):
    """A 1-D sample of n = 1…40 points from sample(rng, n, θ), θ drawn in [0, 1], the rng seeded
    by a drawn seed (so Hypothesis replays and shrinks it)."""
    n = draw(st.integers(1, 40))
    theta = draw(st.sampled_from([0.0, 0.5, 1.0]) | st.floats(0.0, 1.0))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    return (sample(rng, n, theta),)


COINS = data(lambda rng, n, p: rng.binomial(1, p, n))
COUNTS = data(lambda rng, n, t: rng.poisson(20.0 * t, n))
POINTS = data(lambda rng, n, t: rng.normal(100.0 * t - 50.0, 0.1 + 10.0 * t, n))


def agrees(numeric, closed, what):
    """The author's cross-check: the optimizer and the closed form find the same maximum."""
    gap = np.abs(np.subtract(numeric, closed))
    assert np.all(gap <= 1e-7 + 1e-7 * np.abs(closed)), f"{what}: {numeric} vs {closed}"
    return numeric


def bernoulli_by_optimizer(x):
    """argmax over p ∈ [0, 1] of Σ [xᵢ log p + (1 − xᵢ) log(1 − p)], by bounded Brent search."""

    def nll(p):
        return -float(np.sum(special.xlogy(x, p) + special.xlog1py(1 - x, -p)))

    p = optimize.minimize_scalar(nll, bounds=(0.0, 1.0), method="bounded", options=NUMERIC).x
    return agrees(float(p), float(np.mean(x)), "Bernoulli p")


def poisson_by_optimizer(x):
    """argmax over λ ≥ 0 of Σ [xᵢ log λ − λ − log xᵢ!]."""

    def nll(lam):
        return -float(np.sum(special.xlogy(x, lam) - lam - special.gammaln(x + 1)))

    top = float(np.max(x)) + 1.0
    lam = optimize.minimize_scalar(nll, bounds=(0.0, top), method="bounded", options=NUMERIC).x
    return agrees(float(lam), float(np.mean(x)), "Poisson λ")


def gaussian_by_optimizer(x):
    """argmax over (μ, σ²) of Σ log N(xᵢ; μ, σ²), searched by BFGS as (m, v) on the data put in
    units of their range (x = c + s·u, μ = c + s·m, σ² = s²·eᵛ), where the search is well
    scaled. When all points are equal the likelihood grows without bound as σ → 0: its
    supremum is at (x₁, 0)."""
    if np.ptp(x) == 0:
        return float(x[0]), 0.0
    c, s = float(np.median(x)), float(np.ptp(x))
    u = (x - c) / s

    def nll(theta):
        m, v = theta
        squares = float(np.sum((u - m) ** 2))
        value = 0.5 * (squares * np.exp(-v) + len(u) * v)
        slope = [-float(np.sum(u - m)) * np.exp(-v), 0.5 * (len(u) - squares * np.exp(-v))]
        return value, np.array(slope)

    found = optimize.minimize(nll, [0.0, 0.0], jac=True, method="BFGS", options={"gtol": 1e-12})
    m, v = found.x
    closed = (float(np.mean(x)), float(np.mean((x - np.mean(x)) ** 2)))
    return agrees((c + s * float(m), s * s * float(np.exp(v))), closed, "Gaussian (μ, σ²)")


CHECKS = [
    Call(
        "bernoulli_mle(x)",
        inputs=COINS,
        expected=bernoulli_by_optimizer,
        compare=close(**TOLERANCE),
        cases=[
            (np.array([0, 0, 0, 0]),),
            (np.array([1, 1, 1]),),
            (np.array([1]),),
            (np.array([0, 1, 1, 0, 1, 1, 1]),),
        ],
        examples=30,
    ),
    Call(
        "poisson_mle(x)",
        inputs=COUNTS,
        expected=poisson_by_optimizer,
        compare=close(**TOLERANCE),
        cases=[(np.array([0, 0, 0]),), (np.array([4]),), (np.array([2, 0, 5, 1]),)],
        examples=30,
    ),
    Call(
        "gaussian_mle(x)",
        inputs=POINTS,
        expected=gaussian_by_optimizer,
        compare=tuple_of(("μ", "σ²"), close(**TOLERANCE), close(**TOLERANCE)),
        cases=[
            (np.array([3.5]),),
            (np.array([2.0, 2.0, 2.0]),),
            (np.array([1.0, 3.0]),),
            (np.array([-1.0, 0.0, 4.0]),),
        ],
        examples=30,
    ),
]
