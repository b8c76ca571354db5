"""Checks for bias-variance: the four numbers of the decomposition against a least-squares oracle
(np.linalg.lstsq on the Vandermonde matrix) on the same noise the learner gets, then, on many
training sets, that the measured error is bias² + variance + noise within the test noise's exact
band."""

import math

import numpy as np
from hypothesis import strategies as st
from scipy.stats import chi2, norm

from mathlings.checker import Call, Mismatch, Statistical, close, stats, tuple_of

SIGNATURE = "decompose(f, x_train, x0, degree, sigma, noise, test_noise)"
NAMES = ("bias2", "variance", "noise", "expected_error")
EACH = close(rtol=1e-6, atol=1e-9)


def curve(fn, formula):
    """A true curve f that shows as its formula in a counterexample."""
    fn.__name__ = formula
    fn.__qualname__ = formula
    return fn


CURVES = [
    curve(lambda x: np.sin(3 * x), "f(x) = sin(3x)"),
    curve(lambda x: x**3 - 0.5 * x, "f(x) = x³ − x/2"),
    curve(lambda x: np.exp(x), "f(x) = eˣ"),
    curve(lambda x: 1 / (1 + 25 * x**2), "f(x) = 1/(1 + 25x²)"),
]


def grid(n, jitter, rng):
    """n training points spread over [−1, 1]: an even grid, each moved by up to `jitter` of a
    gap, so the Vandermonde matrix stays well conditioned for every fitting method."""
    gap = 2 / (n - 1)
    return np.linspace(-1, 1, n) + jitter * gap * rng.uniform(-0.5, 0.5, n)


@st.composite
def simulations(draw):
    degree = draw(st.integers(0, 6))
    n = draw(st.integers(degree + 2, 25))
    runs = draw(st.integers(2, 40))
    sigma = draw(st.sampled_from([0.1, 0.5, 1.0]) | st.floats(0.05, 2.0))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    x_train = grid(n, draw(st.floats(0.0, 0.9)), rng)
    x0 = draw(st.sampled_from([0.0, 1.0, -0.9]) | st.floats(-1.0, 1.0))
    noise = sigma * rng.standard_normal((runs, n))
    test_noise = sigma * rng.standard_normal(runs)
    f = draw(st.sampled_from(CURVES))
    return f, x_train, x0, degree, sigma, noise, test_noise


def predictions(f, x_train, x0, degree, noise):
    """ŷᵣ = p_r(x0), p_r the least-squares polynomial of the degree through (x_train, yᵣ)."""
    vandermonde = np.vander(x_train, degree + 1)
    targets = f(x_train)[:, None] + noise.T  # one column per run
    coefficients = np.linalg.lstsq(vandermonde, targets, rcond=None)[0]
    return np.vander(np.array([x0]), degree + 1) @ coefficients


def decomposition(f, x_train, x0, degree, sigma, noise, test_noise):
    y_hat = predictions(f, x_train, x0, degree, noise).ravel()
    truth = float(f(x0))
    mean = float(np.mean(y_hat))
    return (
        (mean - truth) ** 2,
        float(np.mean((y_hat - mean) ** 2)),
        sigma**2,
        float(np.mean((y_hat - truth - test_noise) ** 2)),
    )


def fixed(f, n, x0, degree, sigma, runs, seed):
    rng = np.random.default_rng(seed)
    x_train = np.linspace(-1, 1, n)
    return (f, x_train, x0, degree, sigma, sigma * rng.standard_normal((runs, n)),
            sigma * rng.standard_normal(runs))  # fmt: skip


CASES = [
    fixed(CURVES[0], 10, 0.3, 1, 0.5, 5, 1),  # a line through a sine: biased
    fixed(CURVES[1], 12, -0.8, 3, 0.3, 8, 2),  # the right degree: bias² only from the R runs
    fixed(CURVES[3], 15, 0.95, 6, 0.2, 3, 3),  # a high degree near the edge: variance
    fixed(CURVES[2], 4, 0.0, 0, 1.0, 2, 4),  # a constant fit, R = 2
]

# --- the identity, on many training sets ---------------------------------------------------------

BUDGET = stats.Budget(tests=1)
IDENTITY_RUNS, IDENTITY_N, IDENTITY_SIGMA = 1000, 15, 0.4
IDENTITY_SETUPS = [(CURVES[0], 0.5, 1), (CURVES[3], 0.9, 4), (CURVES[1], -0.3, 8)]


def identity_band(y_hat, truth, sigma, alpha):
    """Given the fits, D = error − (bias² + variance + σ²) = −(2/R) Σᵣ (ŷᵣ − f(x0)) εᵣ
    + ((1/R) Σᵣ εᵣ² − σ²) for the test noise εᵣ ~ N(0, σ²): its first part is exactly normal
    with standard deviation (2σ/R)·√(Σᵣ (ŷᵣ − f(x0))²), its second σ²(χ²_R/R − 1). Each is
    bounded at alpha/2, so |D| ≤ the sum of the two but for probability alpha."""
    runs = len(y_hat)
    cross = norm.isf(alpha / 4) * 2 * sigma * math.sqrt(float(np.sum((y_hat - truth) ** 2))) / runs
    low, high = chi2.ppf(alpha / 4, runs) / runs, chi2.isf(alpha / 4, runs) / runs
    return cross + sigma**2 * max(1 - low, high - 1)


def adds_up(learner, rng, alpha):
    each = alpha / len(IDENTITY_SETUPS)
    x_train = np.linspace(-1, 1, IDENTITY_N)
    for f, x0, degree in IDENTITY_SETUPS:
        sigma = IDENTITY_SIGMA
        noise = sigma * rng.standard_normal((IDENTITY_RUNS, IDENTITY_N))
        test_noise = sigma * rng.standard_normal(IDENTITY_RUNS)
        got = learner.call(SIGNATURE, f, x_train, x0, degree, sigma, noise, test_noise)
        try:
            bias2, variance, noise_term, error = (float(v) for v in got)
        except (TypeError, ValueError):
            return Mismatch("must return four numbers (bias2, variance, noise, expected_error)",
                            got=repr(got)[:200])  # fmt: skip
        y_hat = predictions(f, x_train, x0, degree, noise).ravel()
        band = identity_band(y_hat, float(f(x0)), sigma, each)
        total = bias2 + variance + noise_term
        if not abs(error - total) <= band:
            return Mismatch(
                f"does not add up for {f.__name__}, degree {degree} at x0 = {x0:g} over "
                f"{IDENTITY_RUNS} training sets of {IDENTITY_N} points, σ = {sigma:g}: your "
                f"expected_error is {error:.6g} but bias² + variance + noise = {total:.6g}, "
                f"{abs(error - total):.3g} apart; the test noise allows {band:.3g}",
                expected=f"within {band:.3g} of {total:.6g}",
                got=error,
                tolerance=f"exact band of the test noise at false-alarm rate {each:.1e}",
            )
    return None


CHECKS = [
    Call(
        SIGNATURE,
        inputs=simulations(),
        expected=decomposition,
        compare=tuple_of(NAMES, EACH, EACH, EACH, EACH),
        cases=CASES,
        examples=40,
    ),
    Statistical("the decomposition adds up", adds_up, BUDGET, seed=20261203, needs=(SIGNATURE,)),
]
