"""Checks for hessian: three Hessians against torch.autograd.functional.hessian in float64, then
classify on H = Q diag(λ) Qᵀ with every λ exactly zero or well away from it."""

import numpy as np
import torch
from hypothesis import strategies as st

from mathlings.checker import Call, autograd, close, exact
from mathlings.checker import strategies as gen

TOLERANCE = {"rtol": 1e-8, "atol": 1e-10}


def expected_quadratic(A, b, x):
    A_t, b_t = autograd.tensors(A, b)
    return autograd.hessian(lambda t: 0.5 * t @ A_t @ t + b_t @ t, x)


def expected_logsumexp(x):
    return autograd.hessian(lambda t: torch.logsumexp(t, dim=0), x)


def expected_rosenbrock(p):
    return autograd.hessian(lambda t: (1 - t[0]) ** 2 + 100 * (t[1] - t[0] ** 2) ** 2, p)


def expected_kind(H) -> str:
    """The rule of the task, on eigenvalues that are exactly 0 or at least 0.5 from it."""
    eigenvalues = np.linalg.eigvalsh(H)
    zero = 1e-8 * max(1.0, float(np.max(np.abs(eigenvalues))))
    positive, negative = eigenvalues > zero, eigenvalues < -zero
    if positive.any() and negative.any():
        return "saddle"
    if not (positive | negative).all():
        return "degenerate"
    return "minimum" if positive.all() else "maximum"


@st.composite
def quadratics(draw: st.DrawFn) -> tuple:
    n = draw(st.integers(1, 4))
    return (
        draw(gen.readable_arrays((n, n))),
        draw(gen.readable_arrays((n,))),
        draw(gen.readable_arrays((n,))),
    )


@st.composite
def points(draw: st.DrawFn) -> tuple:
    n = draw(st.integers(1, 5))
    return (draw(gen.readable_arrays((n,), 4.0)),)


@st.composite
def planar(draw: st.DrawFn) -> tuple:
    return (draw(gen.readable_arrays((2,), 2.0)),)


EIGENVALUE = st.one_of(
    st.just(0.0),
    st.sampled_from([1.0, 2.0, 0.5, 3.0]),
    st.sampled_from([-1.0, -2.0, -0.5, -3.0]),
)


@st.composite
def hessians(draw: st.DrawFn) -> tuple:
    """H = Q diag(λ) Qᵀ: a rotation Q, each λ exactly 0 or at least 0.5 away from it."""
    n = draw(st.integers(1, 4))
    eigenvalues = np.array(draw(st.lists(EIGENVALUE, min_size=n, max_size=n)))
    scale = draw(st.sampled_from([1.0, 100.0, 0.01]))
    Q = draw(gen.orthogonal_matrices(n))
    H = Q @ np.diag(scale * eigenvalues) @ Q.T
    return ((H + H.T) / 2,)


def rotated(eigenvalues: list[float]) -> tuple[np.ndarray]:
    n = len(eigenvalues)
    Q = gen.orthogonal(n, np.arange(1.0, n * n + 1).reshape(n, n) ** 1.5 % 7 + np.eye(n))
    H = Q @ np.diag(eigenvalues) @ Q.T
    return ((H + H.T) / 2,)


CLASSIFY_CASES = [
    (np.array([[2.0, 0.0], [0.0, 3.0]]),),
    (np.array([[-1.0]]),),
    (np.array([[0.0]]),),
    (np.array([[1.0, 0.0], [0.0, -1.0]]),),
    (np.array([[802.0, -400.0], [-400.0, 200.0]]),),  # Rosenbrock at its minimum (1, 1)
    (np.array([[1.0, 1.0], [1.0, 1.0]]),),  # eigenvalues 0 and 2
    rotated([-1.0, -2.0, 4.0]),  # det > 0 and trace > 0, yet a saddle
    rotated([2.0, 0.0, 1.0]),
    rotated([-3.0, -1.0, 0.0, -0.5]),
    rotated([1.0, 2.0, 3.0]),
    rotated([-1.0, -1.0, -2.0]),
    (np.array([[1.0, 3.0], [3.0, 1.0]]),),  # positive diagonal, eigenvalues 4 and −2
    # large scales: the exact 0 comes out near ±1e-6, so the tolerance must grow with max |λ|
    rotated([1e10, 0.0, 2e10]),
    rotated([-1e10, 0.0, -3e10]),
    rotated([3e10, 0.0]),
]

CHECKS = [
    Call(
        "quadratic_hessian(A, b, x)",
        inputs=quadratics(),
        expected=expected_quadratic,
        compare=close(**TOLERANCE),
        cases=[
            (np.array([[1.0, 2.0], [0.0, 3.0]]), np.array([1.0, -1.0]), np.array([0.5, 2.0])),
            (np.array([[4.0]]), np.array([1.0]), np.array([3.0])),
        ],
        examples=15,
    ),
    Call(
        "logsumexp_hessian(x)",
        inputs=points(),
        expected=expected_logsumexp,
        compare=close(**TOLERANCE),
        cases=[(np.array([2.0]),), (np.zeros(3),), (np.array([1000.0, 999.0, -1000.0]),)],
        examples=15,
    ),
    Call(
        "rosenbrock_hessian(p)",
        inputs=planar(),
        expected=expected_rosenbrock,
        compare=close(**TOLERANCE),
        cases=[(np.array([1.0, 1.0]),), (np.array([0.0, 0.0]),), (np.array([-1.0, 2.0]),)],
        examples=15,
    ),
    Call(
        "classify(H)",
        inputs=hessians(),
        expected=expected_kind,
        compare=exact(),
        cases=CLASSIFY_CASES,
        examples=60,
    ),
]
