"""Checks for losses: four losses of a linear model and their (sub)gradients against PyTorch
autograd in float64. The logistic loss and the cross-entropy are also checked at margins and
logits near ±1000, where the naive formulas overflow; at the hinge's kink (a margin of exactly 1)
any subgradient passes, judged by the subdifferential comparator below."""

from dataclasses import dataclass

import numpy as np
import torch
from hypothesis import strategies as st
from scipy.optimize import lsq_linear

from mathlings.checker import Call, Mismatch, autograd, close, shown, tuple_of
from mathlings.checker import strategies as gen

TOLERANCE = {"rtol": 1e-8, "atol": 1e-10}
KINK = 1e-12  # a margin this close to 1 is at the hinge's kink


def expected_squared_error(X, y, w):
    X_t, y_t = autograd.tensors(X, y)
    return autograd.value_and_gradient(lambda w: ((X_t @ w - y_t) ** 2).mean(), w)


def expected_logistic(X, y, w):
    """mean log(1 + e^(−m)) as torch.logaddexp(0, −m): exact at any margin."""
    X_t, y_t = autograd.tensors(X, y)

    def loss(w):
        m = y_t * (X_t @ w)
        return torch.logaddexp(torch.zeros_like(m), -m).mean()

    return autograd.value_and_gradient(loss, w)


def expected_cross_entropy(X, y, W):
    (X_t,) = autograd.tensors(X)
    labels = torch.tensor(y, dtype=torch.long)
    return autograd.value_and_gradient(
        lambda W: torch.nn.functional.cross_entropy(X_t @ W, labels), W
    )


# --- the hinge's subdifferential --------------------------------------------------------------


@dataclass(frozen=True)
class Subdifferential:
    """The set {g₀ + Σⱼ cⱼ vⱼ : cⱼ ∈ [0, 1]}: g₀ the subgradient torch gives (relu′(0) = 0, so
    weight 0 at each kink), vⱼ = −yⱼxⱼ/n for each sample j exactly at the kink."""

    base: np.ndarray
    kinks: np.ndarray  # (d, k): one column vⱼ per sample at the kink


def expected_hinge(X, y, w):
    X_t, y_t = autograd.tensors(X, y)
    loss, base = autograd.value_and_gradient(lambda w: torch.relu(1 - y_t * (X_t @ w)).mean(), w)
    at_kink = np.abs(y * (X @ w) - 1) <= KINK
    kinks = (-(y[at_kink, None] * X[at_kink]) / X.shape[0]).T
    return loss, Subdifferential(base, kinks.reshape(X.shape[1], -1))


def in_subdifferential(rtol=1e-8, atol=1e-10):
    """A comparator for a subgradient: `got` passes when it is within the tolerance of the set
    {g₀ + Σⱼ cⱼ vⱼ, 0 ≤ cⱼ ≤ 1} (the nearest point found by bounded-variable least squares,
    scipy's lsq_linear with method="bvls"). Where `expected` is a plain array (a mistake's
    answer), it is `close`."""
    plain = close(rtol, atol)
    tolerance = f"distance to the subdifferential ≤ {atol:g} + {rtol:g}·‖expected‖"

    def compare(expected, got, args=()):
        if not isinstance(expected, Subdifferential):
            return plain(expected, got, args)
        found = plain(expected.base, got, args)
        if found is None or expected.kinks.shape[1] == 0 or found.wrong is None:
            return found  # right, no kink to move along, or not even numbers of the right shape
        g = np.asarray(got, dtype=float)
        fit = lsq_linear(expected.kinks, g - expected.base, bounds=(0.0, 1.0), method="bvls")
        nearest = expected.base + expected.kinks @ fit.x
        if np.linalg.norm(g - nearest) <= atol + rtol * np.linalg.norm(nearest):
            return None
        n_kinks = expected.kinks.shape[1]
        return Mismatch(
            f"gave a vector outside the subdifferential: {n_kinks} sample(s) sit exactly at the "
            "kink (margin 1), where any weight in [0, 1] passes, but no choice of weights gives "
            f"your {shown(g)}",
            expected=expected.base,
            got=g,
            wrong=found.wrong,
            tolerance=tolerance,
        )

    return compare


# --- inputs -----------------------------------------------------------------------------------


@st.composite
def regression(draw):
    n, d = draw(gen.distinct_sizes(2, 1, 6))
    return (
        draw(gen.readable_arrays((n, d))),
        draw(gen.readable_arrays((n,))),
        draw(gen.readable_arrays((d,))),
    )


def signs(n):
    return st.lists(st.sampled_from([-1.0, 1.0]), min_size=n, max_size=n).map(np.array)


@st.composite
def classification(draw):
    n, d = draw(gen.distinct_sizes(2, 1, 6))
    return (
        draw(gen.readable_arrays((n, d), 3.0)),
        draw(signs(n)),
        draw(gen.readable_arrays((d,), 2.0)),
    )


HALVES = st.integers(-6, 6).map(lambda k: k / 2)


@st.composite
def hinge_data(draw):
    """(X, y, w) in halves, with w's last entry ±1 or ±2 and the last column of X set so that
    each margin yᵢ xᵢ·w is one drawn from {1 (the kink), 0, 2, −1.5, 0.5, 1.5, 3}: exact in
    floating point, so a margin of 1 is exactly 1."""
    n, d = draw(gen.distinct_sizes(2, 1, 6))
    X = np.array(draw(st.lists(HALVES, min_size=n * d, max_size=n * d))).reshape(n, d)
    w = np.array(draw(st.lists(HALVES, min_size=d, max_size=d)))
    w[-1] = draw(st.sampled_from([1.0, -1.0, 2.0, -2.0]))
    y = draw(signs(n))
    margins = np.array(
        draw(
            st.lists(st.sampled_from([1.0, 0.0, 2.0, -1.5, 0.5, 1.5, 3.0]), min_size=n, max_size=n)
        )
    )
    rest = X[:, :-1] @ w[:-1]
    X[:, -1] = (y * margins - rest) / w[-1]
    return X, y, w


@st.composite
def multiclass(draw):
    n, d, K = draw(gen.distinct_sizes(3, 1, 5))
    K = max(K, 2)
    X = draw(gen.readable_arrays((n, d), 3.0))
    W = draw(gen.readable_arrays((d, K), 2.0))
    y = np.array(draw(st.lists(st.integers(0, K - 1), min_size=n, max_size=n)), dtype=np.int64)
    return X, y, W


def array(*rows):
    return np.array(rows, dtype=float)


REGRESSION_CASES = [
    (array([2.0]), np.array([1.0]), np.array([1.0])),
    (array([1.0, 0.0, 2.0], [0.0, 1.0, -1.0]), np.array([1.0, 2.0]), np.ones(3)),
    (array([1.0], [2.0], [3.0]), np.array([2.0, 4.0, 6.0]), np.array([2.0])),  # a perfect fit
]

CLASSIFICATION_CASES = [
    (array([1.0, 2.0], [-1.0, 0.5], [0.0, 1.0]), np.array([1.0, -1.0, 1.0]), np.array([0.5, -1.0])),
    (array([2.0]), np.array([-1.0]), np.array([0.0])),  # w = 0: every margin 0, L = log 2
]

# margins yᵢ xᵢ·w of −1000, −800, +1000 and 2: e^1000 overflows, log(1 + e^−m) must not
LARGE_MARGINS = [
    (
        array([500.0, -250.0], [-400.0, 100.0], [-500.0, 3.0], [1.0, 0.5]),
        np.array([-1.0, 1.0, -1.0, 1.0]),
        np.array([2.0, 0.0]),
    ),
    (array([1000.0], [-1000.0]), np.array([1.0, 1.0]), np.array([1.0])),
]

HINGE_CASES = [
    # one sample at the kink: the subgradient is anything between 0 and −yx
    (array([1.0, 0.0]), np.array([1.0]), np.array([1.0, 3.0])),
    # margins 1 (kink), 0.5 (active) and 2 (inactive)
    (array([1.0, 1.0], [0.5, 0.0], [-2.0, 0.0]), np.array([1.0, 1.0, -1.0]), np.array([1.0, 0.0])),
    # margins −1, 3 and 1.5: no kink, one active
    (array([1.0], [3.0], [1.5]), np.array([-1.0, 1.0, 1.0]), np.array([1.0])),
]

MULTICLASS_CASES = [
    (
        array([1.0, 2.0], [0.0, -1.0], [2.0, 0.5]),
        np.array([0, 2, 1]),
        array([1.0, 0.0, -1.0], [0.5, 1.0, 0.0]),
    ),
    # logits (1000, 0, −1000) and (0, −1000, −2000): e^1000 overflows, the shifted softmax does not
    (
        array([1000.0, 0.0], [0.0, -1000.0]),
        np.array([2, 0]),
        array([1.0, 0.0, -1.0], [0.0, 1.0, 2.0]),
    ),
]

SMOOTH = tuple_of(("loss", "grad"), close(**TOLERANCE), close(**TOLERANCE))

CHECKS = [
    Call(
        "squared_error(X, y, w)",
        inputs=regression(),
        expected=expected_squared_error,
        compare=SMOOTH,
        cases=REGRESSION_CASES,
        examples=30,
    ),
    Call(
        "logistic(X, y, w)",
        inputs=classification(),
        expected=expected_logistic,
        compare=SMOOTH,
        cases=CLASSIFICATION_CASES,
        examples=30,
    ),
    Call(
        "logistic(X, y, w)",
        name="logistic at margins near ±1000",
        inputs=st.sampled_from(LARGE_MARGINS),
        expected=expected_logistic,
        compare=SMOOTH,
        cases=LARGE_MARGINS,
        examples=5,
    ),
    Call(
        "hinge(X, y, w)",
        inputs=hinge_data(),
        expected=expected_hinge,
        compare=tuple_of(("loss", "grad"), close(**TOLERANCE), in_subdifferential(**TOLERANCE)),
        cases=HINGE_CASES,
        examples=30,
    ),
    Call(
        "cross_entropy(X, y, W)",
        inputs=multiclass(),
        expected=expected_cross_entropy,
        compare=SMOOTH,
        cases=MULTICLASS_CASES,
        examples=30,
    ),
]
