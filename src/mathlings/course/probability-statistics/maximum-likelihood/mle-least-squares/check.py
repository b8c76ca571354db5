"""Checks for mle-least-squares: the Gaussian and Bernoulli negative log-likelihoods of a linear
model, against scipy.stats (norm.logpdf) and scipy.special (log_expit), each oracle
cross-checked on its data against the identity that makes it a familiar loss: the sum of squared
errors and the cross-entropy. Then the Bernoulli NLL again at margins |Xw + b| up to 800."""

import numpy as np
from hypothesis import strategies as st
from scipy import special, stats

from mathlings.checker import Call, close_relative_to
from mathlings.checker import strategies as gen

RTOL = 1e-9
HALF_LOG_2PI = 0.5 * np.log(2 * np.pi)


@st.composite
def linear_model(draw, labels: bool, margin: tuple[float, float] | None = None):
    """(X, y, w, b): X of shape (n, d) with n ≠ d, y real or 0/1 labels. With `margin` the
    scores z = Xw + b are scaled so that max |zᵢ| is drawn from it."""
    n, d = draw(gen.distinct_sizes(2, 1, 6))
    X = draw(gen.readable_arrays((n, d)))
    w = draw(gen.readable_arrays((d,)))
    b = draw(gen.readable_elements())
    if labels:
        y = np.array(draw(st.lists(st.sampled_from([0.0, 1.0]), min_size=n, max_size=n)))
    else:
        y = draw(gen.readable_arrays((n,)))
    if margin is not None:
        z = X @ w + b
        if not np.any(z):  # all scores 0: shift them to 1 so that there is a margin to scale
            b, z = b + 1.0, z + 1.0
        largest = float(np.max(np.abs(z)))
        scale = draw(st.floats(*margin)) / largest
        w, b = w * scale, b * scale
    return X, y, w, float(b)


@st.composite
def gaussian_data(draw):
    X, y, w, b = draw(linear_model(labels=False))
    sigma = draw(st.sampled_from([1.0, 0.5, 2.0]) | st.floats(0.01, 100.0))
    return X, y, w, b, sigma


def gaussian_nll_of(X, y, w, b, sigma):
    """−Σᵢ log N(yᵢ; xᵢ·w + b, σ²) by scipy.stats, checked against SSE/(2σ²) + n log(σ√(2π))."""
    value = -float(np.sum(stats.norm.logpdf(y, loc=X @ w + b, scale=sigma)))
    sse = float(np.sum((y - X @ w - b) ** 2))
    identity = sse / (2 * sigma**2) + len(y) * np.log(sigma * np.sqrt(2 * np.pi))
    assert abs(value - identity) <= 1e-10 * gaussian_size((X, y, w, b, sigma)), (value, identity)
    return value


def bernoulli_nll_of(X, y, w, b):
    """−Σᵢ [yᵢ log σ(zᵢ) + (1 − yᵢ) log σ(−zᵢ)] with log σ by scipy.special.log_expit (exact at
    any margin), checked against the cross-entropy −Σᵢ log Bernoulli(yᵢ; pᵢ) of scipy.stats
    where max |zᵢ| < 15, so that 1 − σ(z) is still computed to some 10 digits."""
    z = X @ w + b
    value = -float(np.sum(y * special.log_expit(z) + (1 - y) * special.log_expit(-z)))
    if np.max(np.abs(z)) < 15:
        entropy = -float(np.sum(stats.bernoulli.logpmf(y, special.expit(z))))
        assert abs(value - entropy) <= 1e-10 * bernoulli_size((X, y, w, b)), (value, entropy)
    return value


def near(size, said):
    """close_relative_to(size, said): within RTOL of the size of the answer's terms."""
    return close_relative_to(size, said, RTOL, 1e-12)


def gaussian_size(args):
    """The scale of the answer's terms: SSE/(2σ²) + n (|log σ| + ½ log 2π)."""
    X, y, w, b, sigma = args
    sse = float(np.sum((y - X @ w - b) ** 2))
    return sse / (2 * sigma**2) + len(y) * (abs(np.log(sigma)) + HALF_LOG_2PI)


def bernoulli_size(args):
    """The scale of the answer's terms: Σᵢ (log 2 + |zᵢ|)."""
    X, y, w, b = args
    return float(np.sum(np.log(2) + np.abs(X @ w + b)))


# Clipping p to [ε, 1 − ε] before the logs: ε as learners pick it (Keras' 1e-7, scikit-learn's
# old 1e-15, and the round numbers between).
CLIPS = (1e-15, 1e-12, 1e-10, 1e-9, 1e-8, 1e-7, 1e-6, 1e-5, 1e-4)


def clipped_cross_entropy(args, eps):
    """−Σᵢ [yᵢ log pᵢ + (1 − yᵢ) log(1 − pᵢ)] with pᵢ = σ(zᵢ) clipped to [ε, 1 − ε], or None where
    the clip changes no pᵢ (then it is the naive-sigmoid answer, another mistake)."""
    X, y, w, b = args
    p = special.expit(X @ w + b)
    clipped = np.clip(p, eps, 1 - eps)
    if np.array_equal(clipped, p):
        return None
    with np.errstate(all="ignore"):
        return -float(np.sum(y * np.log(clipped) + (1 - y) * np.log(1 - clipped)))


def naming_clipping(compare):
    """`compare`, naming clipped-probabilities when the answer is the cross-entropy with p
    clipped to [ε, 1 − ε] for any usual ε (the one catalogued file can show only one ε)."""

    def judged(expected, got, args=()):
        found = compare(expected, got, args)
        if found is not None and found.mistake is None:
            try:
                value = float(got)
            except (TypeError, ValueError):
                return found
            clipped = [clipped_cross_entropy(args, eps) for eps in CLIPS]
            if any(
                c is not None and abs(value - c) <= 1e-9 * bernoulli_size(args) for c in clipped
            ):
                found.mistake = "clipped-probabilities"
        return found

    return judged


ONE = np.array([[1.0]])
GAUSSIAN_CASES = [
    # one sample, a perfect fit, σ = 1: only the constant ½ log 2π is left
    (ONE, np.array([2.0]), np.array([2.0]), 0.0, 1.0),
    # residuals (1, −1, 2), σ = 0.5: SSE/(2σ²) = 12, and n log σ < 0
    (np.array([[1.0], [2.0], [3.0]]), np.array([2.0, 1.0, 5.0]), np.array([1.0]), 0.0, 0.5),
    # σ = 3 (σ² = 9): telling σ from σ² apart
    (
        np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]),
        np.array([0.0, 1.0, 3.0]),
        np.array([0.5, -0.5]),
        1.0,
        3.0,
    ),
]
BERNOULLI_CASES = [
    # z = 0: p = ½ for both labels, NLL = 2 log 2
    (np.array([[1.0], [-1.0]]), np.array([1.0, 0.0]), np.array([0.0]), 0.0),
    # one label of each, margins ±2, one right and one wrong
    (np.array([[1.0], [-1.0]]), np.array([1.0, 1.0]), np.array([2.0]), 0.0),
    (
        np.array([[1.0, 2.0], [0.0, 1.0], [2.0, -1.0]]),
        np.array([0.0, 1.0, 1.0]),
        np.array([1.0, -1.0]),
        0.5,
    ),
]
LARGE_MARGIN_CASES = [
    # right with margin 800: NLL = log(1 + e^−800) = 0 in floats
    (ONE, np.array([1.0]), np.array([800.0]), 0.0),
    (ONE, np.array([0.0]), np.array([-800.0]), 0.0),
    # wrong with margin 800: NLL = 800 (+ e^−800)
    (ONE, np.array([0.0]), np.array([800.0]), 0.0),
    (ONE, np.array([1.0]), np.array([-800.0]), 0.0),
    # right and wrong at margin 40, where σ(z) rounds to 1 and 1 − σ(z) to 0
    (np.array([[1.0], [1.0]]), np.array([1.0, 0.0]), np.array([40.0]), 0.0),
]

CHECKS = [
    Call(
        "gaussian_nll(X, y, w, b, sigma)",
        inputs=gaussian_data(),
        expected=gaussian_nll_of,
        compare=near(gaussian_size, "SSE/(2σ²) + n(|log σ| + ½ log 2π)"),
        cases=GAUSSIAN_CASES,
        examples=40,
    ),
    Call(
        "bernoulli_nll(X, y, w, b)",
        inputs=linear_model(labels=True, margin=(0.5, 10.0)),
        expected=bernoulli_nll_of,
        compare=near(bernoulli_size, "Σᵢ (log 2 + |zᵢ|)"),
        cases=BERNOULLI_CASES,
        examples=40,
    ),
    Call(
        "bernoulli_nll(X, y, w, b)",
        name="bernoulli_nll at large margins",
        inputs=linear_model(labels=True, margin=(30.0, 800.0)),
        expected=bernoulli_nll_of,
        compare=naming_clipping(near(bernoulli_size, "Σᵢ (log 2 + |zᵢ|)")),
        cases=LARGE_MARGIN_CASES,
        examples=40,
    ),
]
