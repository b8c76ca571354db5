"""mathlings.checker.autograd, the derivative oracle of the calculus and optimization drills:
float64 throughout, answers as NumPy (a float for one number), and the shapes the math gives."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from mathlings.checker import autograd

A = np.array([[1.0, 2.0], [-3.0, 0.5]])  # not symmetric: ∇(xᵀAx) = (A + Aᵀ)x, not 2Ax
x = np.array([0.3, -1.2])


def quadratic(t: torch.Tensor) -> torch.Tensor:
    return t @ autograd.tensor(A) @ t


def test_tensors_are_float64_whatever_they_were_given() -> None:
    for given in (3, [1, 2], np.arange(3, dtype=np.int32), np.float32(0.1)):
        assert autograd.tensor(given).dtype == torch.float64
    assert autograd.tensor(x, grad=True).requires_grad
    assert not any(t.requires_grad for t in autograd.tensors(A, x))


def test_the_gradient_of_a_quadratic_form_is_a_plus_a_transpose_times_x() -> None:
    g = autograd.gradient(quadratic, x)
    assert isinstance(g, np.ndarray) and g.dtype == np.float64
    np.testing.assert_allclose(g, (A + A.T) @ x, rtol=1e-15)


def test_gradients_come_in_the_shape_of_each_argument_and_a_scalar_as_a_float() -> None:
    X = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
    y = np.array([1.0, 0.0, -1.0])
    X_t, y_t = autograd.tensors(X, y)
    w, b = np.array([0.5, -0.25]), 0.75
    dw, db = autograd.gradients(lambda w, b: ((X_t @ w + b - y_t) ** 2).mean(), w, b)
    r = X @ w + b - y
    np.testing.assert_allclose(dw, 2 / 3 * X.T @ r, rtol=1e-14)
    assert isinstance(db, float) and db == pytest.approx(2 / 3 * r.sum(), rel=1e-14)


def test_an_argument_the_function_does_not_use_has_a_zero_gradient() -> None:
    used, unused = autograd.gradients(lambda a, b: (a**2).sum(), x, A)
    np.testing.assert_array_equal(used, 2 * x)
    np.testing.assert_array_equal(unused, np.zeros_like(A))


def test_value_and_value_and_gradient_agree_with_the_formula() -> None:
    assert autograd.value(quadratic, x) == pytest.approx(x @ A @ x, rel=1e-15)
    f, g = autograd.value_and_gradient(quadratic, x)
    assert isinstance(f, float) and f == pytest.approx(x @ A @ x, rel=1e-15)
    np.testing.assert_allclose(g, (A + A.T) @ x, rtol=1e-15)


def test_a_jacobian_has_one_row_per_output_and_one_column_per_input() -> None:
    W = np.array([[1.0, 0.0], [2.0, -1.0], [0.5, 0.5]])  # 3 x 2: a transposed J would be 2 x 3
    (W_t,) = autograd.tensors(W)
    J = autograd.jacobian(lambda t: torch.tanh(W_t @ t), x)
    assert J.shape == (3, 2)
    np.testing.assert_allclose(J, (1 - np.tanh(W @ x) ** 2)[:, None] * W, rtol=1e-14)


def test_the_hessian_of_a_quadratic_form_is_a_plus_a_transpose() -> None:
    H = autograd.hessian(quadratic, x)
    assert H.shape == (2, 2)
    np.testing.assert_allclose(H, A + A.T, rtol=1e-15)
