"""Checks for projection: p against the formula, r by its properties (r ⟂ b, a − r along b), and a
zero b refused with ValueError."""

import numpy as np
from hypothesis import strategies as st

from mathlings.checker import strategies as gen
from mathlings.checker.compare import NotNumeric, as_array, close, explained
from mathlings.checker.spec import Call, Raises

RTOL, ATOL = 1e-9, 1e-12
ZERO_B = Raises(ValueError, "b is the zero vector: there is no direction to project onto")


def formula_p(a, b):
    return (a @ b) / (b @ b) * b


def expected_p(a, b):
    return ZERO_B if not b.any() else formula_p(a, b)


def expected_r(a, b):
    return ZERO_B if not b.any() else a - formula_p(a, b)


@st.composite
def a_and_b(draw, low=2, high=5):
    """(a, b) of one length n in [2, 5], neither near zero and not parallel (a ∥ b is a fixed
    case): a shrunk counterexample shows a leaning away from b, with small whole numbers."""
    n = draw(st.integers(low, high))
    a, b = draw(gen.nonzero_vectors(n)), draw(gen.nonzero_vectors(n))
    if np.linalg.norm(a - formula_p(a, b)) < 0.1 * np.linalg.norm(a):
        k = 1 if abs(b[0]) >= abs(b[1]) else 0  # e_k is not along b, so a + e_k is not either
        a = a.copy()
        a[k] += 1.0
    return a, b


def fmt(x):
    return f"{float(x):.4g}"


def explain_p(expected, got, args):
    """Where the learner's p goes wrong: off the line through b, or the wrong multiple of b."""
    a, b = args
    off_line = got - (got @ b) / (b @ b) * b
    if np.linalg.norm(off_line) > 1e-6 * max(np.linalg.norm(got), 1e-12):
        return "Your p does not lie on the line through b: the projection is a multiple of b."
    return (
        f"Your p is {fmt((got @ b) / (b @ b))}·b; the right multiple is "
        f"a·b / b·b = {fmt(a @ b)} / {fmt(b @ b)} = {fmt((a @ b) / (b @ b))}."
    )


def compare_p(expected, got, args):
    """p within the tolerance; when it is wrong, said in terms of b. A wrong shape is left to its
    own hint (the values may well be right)."""
    try:
        same_shape = as_array(got).shape == as_array(expected).shape
    except NotNumeric:
        same_shape = False
    if same_shape:
        return explained(close(RTOL, ATOL), explain_p)(expected, got, args)
    return close(RTOL, ATOL)(expected, got, args)


def residual_properties(expected, got, args):
    """Accept r when it equals a − p, or when it has the two properties that define it: r ⟂ b and
    a − r on the line through b. Otherwise say which property fails."""
    same = close(RTOL, ATOL)(expected, got, args)
    if same is None:
        return None
    try:
        r = as_array(got)
    except ValueError:
        return same
    a, b = args
    if r.shape != a.shape:
        return same
    scale = np.linalg.norm(a) * np.linalg.norm(b)
    r_dot_b = float(r @ b)
    shadow = a - r
    off_line = shadow - (shadow @ b) / (b @ b) * b
    perpendicular = abs(r_dot_b) <= RTOL * scale
    along_b = np.linalg.norm(off_line) <= RTOL * np.linalg.norm(a)
    if perpendicular and along_b:
        return None
    if not perpendicular:
        same.message = "is not perpendicular to b"
        same.detail = (
            f"r·b = {fmt(r_dot_b)}, not 0: the residual is the part of a at right angles to b."
        )
    else:
        same.message = "is perpendicular to b, but p + r ≠ a"
        same.detail = "a − r is not on the line through b: r must be a minus its shadow on b."
    same.tolerance = f"|r·b| ≤ {RTOL:g}·‖a‖‖b‖ and a − r a multiple of b within {RTOL:g}·‖a‖"
    return same


FIXED = [
    (np.array([2.0, 3.0]), np.array([3.0, 1.0])),  # the lesson's example
    (np.array([3.0, 4.0]), np.array([1.0, 0.0])),  # a unit b: p = (a·b) b
    (np.array([1.0, 2.0]), np.array([2.0, -1.0])),  # a ⟂ b: p = 0, r = a
    (np.array([2.0, 4.0]), np.array([1.0, 2.0])),  # a ∥ b: p = a, r = 0
    (np.array([3.0]), np.array([2.0])),  # n = 1
    (np.array([0.0, 0.0, 0.0]), np.array([1.0, 2.0, 2.0])),  # a = 0
    (np.array([1.0, 2.0]), np.array([0.0, 0.0])),  # a zero b: ValueError
    (np.array([1.0, 2.0, 3.0]), np.array([0.0, 0.0, 0.0])),
]

CHECKS = [
    Call(
        "project(a, b)",
        inputs=a_and_b(),
        expected=expected_p,
        compare=compare_p,
        cases=FIXED,
    ),
    Call(
        "residual(a, b)",
        inputs=a_and_b(),
        expected=expected_r,
        compare=residual_properties,
        cases=FIXED,
    ),
]
