"""Checks for projection: p against the formula, r by its properties (r ⟂ b, a − r along b), and a
zero b refused with ValueError."""

import numpy as np

from mathlings.checker import (
    Call,
    Mismatch,
    NotNumeric,
    Raises,
    as_array,
    close,
    explained,
    satisfies,
    shown,
)
from mathlings.checker import strategies as gen

RTOL, ATOL = 1e-9, 1e-12
ZERO_B = Raises(ValueError, "b is the zero vector: there is no direction to project onto")


def formula_p(a, b):
    return (a @ b) / (b @ b) * b


def expected_p(a, b):
    return ZERO_B if not b.any() else formula_p(a, b)


def expected_r(a, b):
    return ZERO_B if not b.any() else a - formula_p(a, b)


def explain_p(expected, got, args):
    """Where the learner's p goes wrong: off the line through b, or the wrong multiple of b."""
    a, b = args
    off_line = got - (got @ b) / (b @ b) * b
    if np.linalg.norm(off_line) > 1e-6 * max(np.linalg.norm(got), 1e-12):
        return "Your p does not lie on the line through b: the projection is a multiple of b."
    return (
        f"Your p is {shown((got @ b) / (b @ b))}·b; the right multiple is "
        f"a·b / b·b = {shown(a @ b)} / {shown(b @ b)} = {shown((a @ b) / (b @ b))}."
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


def residual_properties(args, r):
    """The two properties that define r: r ⟂ b, and a − r on the line through b."""
    a, b = args
    if r.shape != a.shape:  # a known mistake's answer (the learner's shape is checked first)
        return f"returned shape {r.shape}"
    shadow = a - r
    if not abs(float(r @ b)) <= RTOL * np.linalg.norm(a) * np.linalg.norm(b):
        return Mismatch(
            "is not perpendicular to b",
            detail=f"r·b = {shown(r @ b)}, not 0: the residual is the part of a at right angles "
            "to b.",
        )
    if not np.linalg.norm(shadow - (shadow @ b) / (b @ b) * b) <= RTOL * np.linalg.norm(a):
        return Mismatch(
            "is perpendicular to b, but p + r ≠ a",
            detail="a − r is not on the line through b: r must be a minus its shadow on b.",
        )
    return None


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
        inputs=gen.non_parallel_pair(max_cosine=0.995),
        expected=expected_p,
        compare=compare_p,
        cases=FIXED,
    ),
    Call(
        "residual(a, b)",
        inputs=gen.non_parallel_pair(max_cosine=0.995),
        expected=expected_r,
        compare=satisfies(
            residual_properties,
            tolerance=f"|r·b| ≤ {RTOL:g}·‖a‖‖b‖ and a − r a multiple of b within {RTOL:g}·‖a‖",
        ),
        cases=FIXED,
    ),
]
