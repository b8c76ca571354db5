"""Checks for jacobian: four Jacobians against torch.autograd.functional.jacobian in float64, with
m ≠ n so that a transposed Jacobian has the wrong shape."""

import numpy as np
import torch
from hypothesis import strategies as st

from mathlings.checker import Call, autograd, close
from mathlings.checker import strategies as gen

TOLERANCE = {"rtol": 1e-8, "atol": 1e-10}


def expected_affine(W, b, x):
    W_t, b_t = autograd.tensors(W, b)
    return autograd.jacobian(lambda t: W_t @ t + b_t, x)


def expected_tanh(x):
    return autograd.jacobian(torch.tanh, x)


def expected_softmax(z):
    return autograd.jacobian(lambda t: torch.softmax(t, dim=0), z)


def expected_layer(W, b, x):
    W_t, b_t = autograd.tensors(W, b)
    return autograd.jacobian(lambda t: torch.tanh(W_t @ t + b_t), x)


@st.composite
def layers(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(W, b, x) with W of shape (m, n), m ≠ n; entries small enough that tanh is not flat."""
    m, n = draw(gen.distinct_sizes(2, 1, 5))
    W = draw(gen.readable_arrays((m, n), 2.0))
    b = draw(gen.readable_arrays((m,), 1.0))
    x = draw(gen.readable_arrays((n,), 1.0))
    return W, b, x


@st.composite
def vectors(draw: st.DrawFn, bound: float = 3.0) -> tuple[np.ndarray]:
    n = draw(st.integers(1, 5))
    return (draw(gen.readable_arrays((n,), bound)),)


W23 = np.array([[1.0, 2.0, 0.0], [0.0, -1.0, 0.5]])  # m = 2 outputs, n = 3 inputs
LAYER_CASES = [
    (W23, np.array([0.0, 1.0]), np.array([0.5, 0.0, -1.0])),
    (np.array([[1.0], [2.0], [-1.0]]), np.zeros(3), np.array([0.3])),  # n = 1: a column
    (np.array([[0.5, -1.0]]), np.array([0.2]), np.array([1.0, 1.0])),  # m = 1: a row
]

CHECKS = [
    Call(
        "affine_jacobian(W, b, x)",
        inputs=layers(),
        expected=expected_affine,
        compare=close(**TOLERANCE),
        cases=LAYER_CASES,
        examples=15,
    ),
    Call(
        "tanh_jacobian(x)",
        inputs=vectors(),
        expected=expected_tanh,
        compare=close(**TOLERANCE),
        cases=[(np.array([0.0]),), (np.array([0.5, -2.0, 0.0]),)],
        examples=15,
    ),
    Call(
        "softmax_jacobian(z)",
        inputs=vectors(5.0),
        expected=expected_softmax,
        compare=close(**TOLERANCE),
        cases=[
            (np.array([1.0]),),
            (np.zeros(4),),
            (np.array([30.0, -30.0, 0.0]),),
            (np.array([1000.0, 999.0, -1000.0]),),
            (np.array([2.0, 1.0, 0.1]),),
        ],
        examples=20,
    ),
    Call(
        "layer_jacobian(W, b, x)",
        inputs=layers(),
        expected=expected_layer,
        compare=close(**TOLERANCE),
        cases=LAYER_CASES,
        examples=20,
    ),
]
