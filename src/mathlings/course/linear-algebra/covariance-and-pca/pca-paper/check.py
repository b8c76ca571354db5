"""Checks for pca-paper: the numbers worked out by hand for the five points, each within 0.01."""

from __future__ import annotations

from typing import Any

import numpy as np

from mathlings.checker import Comparator, Mismatch, NotNumeric, Value, as_array, entrywise

ATOL = 0.01  # two decimals, rounded or cut off
ENTRIES = entrywise(ATOL)

X = np.array([[1.0, 0.0], [3.0, 3.0], [4.0, 2.0], [5.0, 6.0], [7.0, 4.0]])
MEAN = X.mean(axis=0)  # (4, 3)
XC = X - MEAN
COVARIANCE = XC.T @ XC / len(X)  # [[4, 3], [3, 4]]
EIGENVALUES = np.array([7.0, 1.0])
FIRST = np.array([1.0, 1.0]) / np.sqrt(2.0)  # the eigenvector of λ₁ = 7
SECOND = np.array([-1.0, 1.0]) / np.sqrt(2.0)  # the eigenvector of λ₂ = 1
PROJECTIONS = XC @ FIRST  # (−6, −1, −1, 4, 4)/√2


def flat_pair(value: Any) -> np.ndarray | None:
    """The learner's value as a 2-vector, or None when it is not one (not filled in, a typo)."""
    if value is ... or value is None:
        return None
    try:
        v = as_array(value).reshape(-1)
    except (NotNumeric, ValueError):
        return None
    return v if v.shape == (2,) and np.all(np.isfinite(v)) else None


def first_component() -> Comparator:
    """Either sign within 0.01 per entry; names a vector along the right axis that is not unit, and
    the eigenvector of the smaller eigenvalue."""
    inner = entrywise(ATOL, up_to_sign=True)

    def compare(expected: Any, got: Any, args: tuple = ()) -> Mismatch | None:
        found = inner(expected, got, args)
        v = flat_pair(got)
        if found is None or v is None or not np.linalg.norm(v):
            return found
        length = float(np.linalg.norm(v))
        if abs(v @ SECOND) / length > 0.999:
            found.mistake = "second-component"
        elif abs(v @ FIRST) / length > 0.999:
            found.mistake = "first-component-not-normalized"
            found.detail = f"Its length is {length:.3g}."
        return found

    return compare


def signed_projections(learner) -> np.ndarray:
    """PROJECTIONS = Xc·u for the learner's own FIRST_COMPONENT's sign; when that gives no sign
    (not filled in, or perpendicular to the right axis), the sign nearer their PROJECTIONS."""
    u = flat_pair(learner.value("FIRST_COMPONENT"))
    alignment = float(u @ FIRST) if u is not None else 0.0
    if abs(alignment) > 1e-9:
        return PROJECTIONS * np.sign(alignment)
    got = learner.value("PROJECTIONS")
    return -PROJECTIONS if ENTRIES(-PROJECTIONS, got, ()) is None else PROJECTIONS


def projections() -> Comparator:
    """Entry by entry; the right numbers with the other sign are named: they do not go with the
    learner's FIRST_COMPONENT."""

    def compare(expected: Any, got: Any, args: tuple = ()) -> Mismatch | None:
        found = ENTRIES(expected, got, args)
        if found is not None and ENTRIES(-np.asarray(expected), got, args) is None:
            found.mistake = "projections-opposite-sign"
        return found

    return compare


def up_to_sign(theirs: Any, got: Any) -> bool:
    """A mistake file picked its own sign for v₁: its projections match up to an overall sign."""
    theirs = as_array(theirs)
    return any(ENTRIES(s * theirs, got, ()) is None for s in (1.0, -1.0))


CHECKS = [
    Value("MEAN", MEAN, compare=entrywise(ATOL), step="mean"),
    Value("COVARIANCE", COVARIANCE, compare=entrywise(ATOL), step="covariance"),
    Value("EIGENVALUES", EIGENVALUES, compare=entrywise(ATOL), step="eigenvalues"),
    Value("FIRST_COMPONENT", FIRST, compare=first_component(), step="first component"),
    Value(
        "PROJECTIONS",
        signed_projections,
        compare=projections(),
        step="projections",
        alike=up_to_sign,
    ),
]
