"""Checks for mse-gradient: the MSE loss and its gradient, against PyTorch autograd in float64."""

import numpy as np
from hypothesis import strategies as st

from mathlings.checker import Call, autograd, close, tuple_of
from mathlings.checker import strategies as gen

TOLERANCE = {"rtol": 1e-8, "atol": 1e-9}


@st.composite
def regression_data(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """(X, y, w, b) with X of shape (n, d), n ≠ d so a transposed product cannot hide."""
    n, d = draw(gen.distinct_sizes(2, 1, 6))
    X = draw(gen.readable_arrays((n, d)))
    y = draw(gen.readable_arrays((n,)))
    w = draw(gen.readable_arrays((d,)))
    b = draw(gen.readable_elements())
    return X, y, w, b


def mse(X, y):
    """L(w, b) = mean((Xw + b − y)²), in torch."""
    X_t, y_t = autograd.tensors(X, y)
    return lambda w, b: ((X_t @ w + b - y_t) ** 2).mean()


def expected_loss(X, y, w, b):
    return autograd.value(mse(X, y), w, b)


def expected_grad(X, y, w, b):
    return autograd.gradients(mse(X, y), w, b)  # (∂L/∂w, ∂L/∂b)


CASES = [
    # one sample, one feature: L = (xw + b − y)²
    (np.array([[2.0]]), np.array([1.0]), np.array([1.0]), 0.0),
    # two samples, three features (n < d)
    (np.array([[1.0, 0.0, 2.0], [0.0, 1.0, -1.0]]), np.array([1.0, 2.0]), np.ones(3), 1.0),
    # a perfect fit y = Xw + b: the loss and the gradient are exactly zero
    (np.array([[1.0], [2.0], [3.0]]), np.array([3.0, 5.0, 7.0]), np.array([2.0]), 1.0),
]

CHECKS = [
    Call(
        "mse_loss(X, y, w, b)",
        inputs=regression_data(),
        expected=expected_loss,
        compare=close(**TOLERANCE),
        cases=CASES,
        examples=30,
    ),
    Call(
        "mse_grad(X, y, w, b)",
        inputs=regression_data(),
        expected=expected_grad,
        compare=tuple_of(("dw", "db"), close(**TOLERANCE), close(**TOLERANCE)),
        cases=CASES,
        examples=40,
    ),
]
