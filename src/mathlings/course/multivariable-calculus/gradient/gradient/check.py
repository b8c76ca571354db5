"""Checks for gradient: ∇(xᵀAx) for a non-symmetric A, ∇ log-sum-exp at entries near ±1000, and
the mean logistic loss and its gradient at margins of thousands, against PyTorch autograd in
float64."""

import numpy as np
import torch
from hypothesis import strategies as st

from mathlings.checker import Call, autograd, close
from mathlings.checker import strategies as gen

TOLERANCE = {"rtol": 1e-8, "atol": 1e-9}


@st.composite
def quadratic_inputs(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray]:
    """(A, x), A square and (for n ≥ 2) never symmetric: a skew part is added where needed."""
    n = draw(st.integers(1, 5))
    A = draw(gen.readable_arrays((n, n)))
    if n >= 2 and np.array_equal(A, A.T):
        A[0, 1] += 1.0
    return A, draw(gen.readable_arrays((n,)))


def expected_quadratic(A, x):
    (A_t,) = autograd.tensors(A)
    return autograd.gradient(lambda x: x @ A_t @ x, x)


@st.composite
def lse_inputs(draw: st.DrawFn) -> tuple[np.ndarray]:
    """(z,), entries within 5 of an offset that may be ±1000, where e^z overflows."""
    k = draw(st.integers(1, 6))
    offset = draw(st.sampled_from([0.0, 0.0, 30.0, 1000.0, -1000.0]))
    return (draw(gen.readable_arrays((k,))) + offset,)


def expected_lse(z):
    return autograd.gradient(lambda z: torch.logsumexp(z, dim=0), z)


@st.composite
def logistic_inputs(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(X, y, w) with n ≠ d, labels ±1, and w scaled up at times so margins reach thousands."""
    n, d = draw(gen.distinct_sizes(2, 1, 6))
    X = draw(gen.readable_arrays((n, d)))
    y = np.array(draw(st.lists(st.sampled_from([-1.0, 1.0]), min_size=n, max_size=n)))
    scale = draw(st.sampled_from([1.0, 1.0, 0.1, 100.0]))
    return X, y, draw(gen.readable_arrays((d,))) * scale


def logistic(X, y):
    """L(w) = mean log(1 + e^(−yᵢ xᵢ·w)), in torch: logaddexp(0, −m) is exact at any margin."""
    X_t, y_t = autograd.tensors(X, y)

    def loss(w):
        margins = y_t * (X_t @ w)
        return torch.logaddexp(torch.zeros_like(margins), -margins).mean()

    return loss


def expected_loss(X, y, w):
    return autograd.value(logistic(X, y), w)


def expected_loss_grad(X, y, w):
    return autograd.gradient(logistic(X, y), w)


QUADRATIC_CASES = [
    (np.array([[3.0]]), np.array([2.0])),  # n = 1: f = 3x², f′ = 6x
    (np.array([[0.0, 1.0], [0.0, 0.0]]), np.array([1.0, 2.0])),  # f = x₁x₂: ∇f = (x₂, x₁)
    (np.array([[1.0, 2.0, 0.0], [0.0, 1.0, -1.0], [4.0, 0.0, 2.0]]), np.array([1.0, -1.0, 2.0])),
]
LSE_CASES = [
    (np.array([0.0]),),  # one entry: the gradient is 1
    (np.array([1000.0, 999.0, 998.0]),),
    (np.array([-1000.0, -1000.0]),),  # equal entries: (½, ½)
    (np.array([1000.0, -1000.0, 0.0]),),
]
LOGISTIC_CASES = [
    (np.array([[1000.0]]), np.array([1.0]), np.array([1.0])),  # m = 1000: confidently right
    (np.array([[1000.0]]), np.array([-1.0]), np.array([1.0])),  # m = −1000: confidently wrong
    (
        np.array([[2.0, -1.0], [1.0, 1.0], [0.0, 3.0]]),
        np.array([1.0, -1.0, 1.0]),
        np.array([0.5, 2.0]),
    ),
    (np.array([[1.0, 2.0], [-2.0, 1.0]]), np.array([-1.0, 1.0]), np.array([400.0, 600.0])),
]

CHECKS = [
    Call(
        "quadratic_form_grad(A, x)",
        inputs=quadratic_inputs(),
        expected=expected_quadratic,
        compare=close(**TOLERANCE),
        cases=QUADRATIC_CASES,
        examples=30,
    ),
    Call(
        "logsumexp_grad(z)",
        inputs=lse_inputs(),
        expected=expected_lse,
        compare=close(**TOLERANCE),
        cases=LSE_CASES,
        examples=30,
    ),
    Call(
        "logistic_loss(X, y, w)",
        inputs=logistic_inputs(),
        expected=expected_loss,
        compare=close(**TOLERANCE),
        cases=LOGISTIC_CASES,
        examples=30,
    ),
    Call(
        "logistic_loss_grad(X, y, w)",
        inputs=logistic_inputs(),
        expected=expected_loss_grad,
        compare=close(**TOLERANCE),
        cases=LOGISTIC_CASES,
        examples=30,
    ),
]
