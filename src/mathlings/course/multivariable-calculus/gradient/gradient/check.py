"""Checks for gradient: ∇(xᵀAx) for a non-symmetric A, ∇ log-sum-exp at entries near ±1000, and
the mean logistic loss and its gradient at margins of thousands, against PyTorch autograd in
float64."""

import numpy as np
import torch
from hypothesis import strategies as st

from mathlings.checker import Call, close
from mathlings.checker import strategies as gen

TOLERANCE = {"rtol": 1e-8, "atol": 1e-9}


def tensor(a, grad: bool = False) -> torch.Tensor:
    return torch.tensor(np.asarray(a, dtype=float), dtype=torch.float64, requires_grad=grad)


@st.composite
def quadratic_inputs(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray]:
    """(A, x), A square and (for n ≥ 2) never symmetric: a skew part is added where needed."""
    n = draw(st.integers(1, 5))
    A = draw(gen.readable_arrays((n, n)))
    if n >= 2 and np.array_equal(A, A.T):
        A[0, 1] += 1.0
    return A, draw(gen.readable_arrays((n,)))


def expected_quadratic(A, x):
    x_t = tensor(x, grad=True)
    (grad,) = torch.autograd.grad(x_t @ tensor(A) @ x_t, x_t)
    return grad.numpy()


@st.composite
def lse_inputs(draw: st.DrawFn) -> tuple[np.ndarray]:
    """(z,), entries within 5 of an offset that may be ±1000, where e^z overflows."""
    k = draw(st.integers(1, 6))
    offset = draw(st.sampled_from([0.0, 0.0, 30.0, 1000.0, -1000.0]))
    return (draw(gen.readable_arrays((k,))) + offset,)


def expected_lse(z):
    z_t = tensor(z, grad=True)
    (grad,) = torch.autograd.grad(torch.logsumexp(z_t, dim=0), z_t)
    return grad.numpy()


@st.composite
def logistic_inputs(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(X, y, w) with n ≠ d, labels ±1, and w scaled up at times so margins reach thousands."""
    n, d = draw(gen.distinct_sizes(2, 1, 6))
    X = draw(gen.readable_arrays((n, d)))
    y = np.array(draw(st.lists(st.sampled_from([-1.0, 1.0]), min_size=n, max_size=n)))
    scale = draw(st.sampled_from([1.0, 1.0, 0.1, 100.0]))
    return X, y, draw(gen.readable_arrays((d,))) * scale


def torch_logistic(X, y, w):
    w_t = tensor(w, grad=True)
    margins = tensor(y) * (tensor(X) @ w_t)
    return torch.logaddexp(torch.zeros_like(margins), -margins).mean(), w_t


def expected_loss(X, y, w):
    return torch_logistic(X, y, w)[0].item()


def expected_loss_grad(X, y, w):
    loss, w_t = torch_logistic(X, y, w)
    (grad,) = torch.autograd.grad(loss, w_t)
    return grad.numpy()


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
