"""Checks for pca-paper: the numbers worked out by hand for the five points, each within 0.01."""

from __future__ import annotations

from typing import Any

import numpy as np

from mathlings.checker import (
    Comparator,
    Context,
    Mismatch,
    NotNumeric,
    Outcome,
    Value,
    as_array,
    entrywise,
)

ATOL = 0.01  # two decimals, rounded or cut off

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


class SignedProjections(Value):
    """PROJECTIONS against Xc·u with the sign of the learner's own FIRST_COMPONENT (either sign
    when that is not filled in or is perpendicular to the right axis).

    Known mistakes are matched up to an overall sign, since each mistake file picked a sign.
    """

    def run(self, ctx: Context) -> Outcome:
        step = self.step or self.name
        got = ctx.learner.value(self.name)
        if got is ... or got is None:
            return Outcome(step, "fail", 1, f"{self.name} is not filled in yet", call=self.name)
        u = flat_pair(ctx.learner.namespace.get("FIRST_COMPONENT"))
        alignment = float(u @ FIRST) if u is not None else 0.0
        if abs(alignment) > 1e-9:
            expected = self.expected * np.sign(alignment)
        else:  # no sign to follow: take the one nearer the answer
            expected = self.expected
            if self.compare(-expected, got, ()) is None:
                return Outcome(step, "pass", 1)
        found = self.compare(expected, got, ())
        if found is None:
            return Outcome(step, "pass", 1)
        if abs(alignment) > 1e-9 and self.compare(-expected, got, ()) is None:
            found.mistake = "projections-opposite-sign"
        if found.mistake is None:
            for mistake_id, wrong in ctx.mistakes:
                theirs = wrong.namespace.get(self.name)
                if theirs is None or theirs is ...:
                    continue
                theirs = as_array(theirs)
                if any(self.compare(s * theirs, got, ()) is None for s in (1.0, -1.0)):
                    found.mistake = mistake_id
                    break
        return Outcome(
            step,
            "fail",
            1,
            f"{self.name} {found.message}",
            call=self.name,
            inputs={},
            mismatch=found,
            detail=found.detail,
            mistake=found.mistake,
        )


CHECKS = [
    Value("MEAN", MEAN, compare=entrywise(ATOL), step="mean"),
    Value("COVARIANCE", COVARIANCE, compare=entrywise(ATOL), step="covariance"),
    Value("EIGENVALUES", EIGENVALUES, compare=entrywise(ATOL), step="eigenvalues"),
    Value("FIRST_COMPONENT", FIRST, compare=first_component(), step="first component"),
    SignedProjections("PROJECTIONS", PROJECTIONS, compare=entrywise(ATOL), step="projections"),
]
