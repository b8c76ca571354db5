"""Checks for composition: S R and R S against NumPy's products, and a pair that really does not
commute (‖AB − BA‖ > 1e-6·‖A‖‖B‖)."""

import numpy as np
from hypothesis import strategies as st

from mathlings.checker import Behaviour, Call, Mismatch, close, explained, parts, shown
from mathlings.checker import strategies as gen

TOLERANCE = close(rtol=1e-9, atol=1e-12)
COMMUTE_TOL = 1e-6


def rotation(theta):
    c, s = np.cos(theta), np.sin(theta)
    return np.array([[c, -s], [s, c]])


def scaling(sx, sy):
    return np.diag([float(sx), float(sy)])


def follow_e1(first, then, first_name, then_name):
    """Where e₁ goes, one map at a time, as a sentence."""
    e1 = np.array([1.0, 0.0])
    middle = first @ e1
    return f"e₁ → {first_name} → {shown(middle)} → {then_name} → {shown(then @ middle)}"


def explain(first_is_rotation):
    def sentence(expected, got, args):
        theta, sx, sy = args
        R, S = rotation(theta), scaling(sx, sy)
        if first_is_rotation:
            right = follow_e1(R, S, "rotate", "scale")
        else:
            right = follow_e1(S, R, "scale", "rotate")
        return f"Follow e₁: {right}; your matrix sends e₁ to {shown(got[:, 0])} (its first column)."

    return sentence


def factors():
    """1, 2, 3, ... first (a shrunk counterexample has small unequal factors), then any factor in
    [−5, 5] (0 and negative factors are fixed cases too)."""
    return st.one_of(st.integers(1, 5).map(float), gen.elements(5.0))


def theta_sx_sy():
    return st.tuples(gen.angles(), factors(), factors())


CASES = [
    (np.pi / 2, 2.0, 1.0),  # the lesson's example: SR = [[0, −2], [1, 0]], RS = [[0, −1], [2, 0]]
    (0.0, 2.0, 3.0),  # no rotation: just S
    (np.pi, -1.0, 2.0),
    (1.0, 3.0, 3.0),  # equal factors: S = 3I commutes with R
    (np.pi / 6, 0.5, -2.0),
]


def check_pair(learner):
    """non_commuting_pair() gives two finite 2x2 matrices whose products differ."""
    got = learner.call("non_commuting_pair()")
    pair = parts(got, ("A", "B"), ((2, 2), (2, 2)), finite=True)
    if isinstance(pair, str):
        return Mismatch(
            f"non_commuting_pair() {pair}",
            got=repr(got)[:200],
            detail="Return the two 2x2 matrices together: `return A, B`.",
        )
    A, B = pair
    AB, BA = A @ B, B @ A
    gap = float(np.linalg.norm(AB - BA))
    bound = COMMUTE_TOL * float(np.linalg.norm(A) * np.linalg.norm(B))
    if gap > bound and gap > 0:
        return None
    said = (
        "non_commuting_pair() returned matrices that commute: AB = BA"
        if gap == 0
        else "non_commuting_pair() returned matrices that commute to within the tolerance: "
        f"‖AB − BA‖ = {gap:.3g}, under {COMMUTE_TOL:g}·‖A‖‖B‖ = {bound:.3g}"
    )
    return Mismatch(
        said,
        expected="AB ≠ BA",
        got={"A": A, "B": B, "AB": AB, "BA": BA},
        tolerance=f"‖AB − BA‖ > {COMMUTE_TOL:g}·‖A‖‖B‖ (Frobenius); here ‖AB − BA‖ = {gap:.3g}",
        detail=f"A = {shown(A)}, B = {shown(B)}: AB = {shown(AB)} and BA = {shown(BA)}. "
        "Try a rotation with an unequal stretch diag(2, 1), or a shear [[1, 1], [0, 1]].",
        mistake="commuting-pair",
    )


CHECKS = [
    Call(
        "rotate_then_scale(theta, sx, sy)",
        inputs=theta_sx_sy(),
        expected=lambda theta, sx, sy: scaling(sx, sy) @ rotation(theta),
        compare=explained(TOLERANCE, explain(first_is_rotation=True)),
        cases=CASES,
    ),
    Call(
        "scale_then_rotate(theta, sx, sy)",
        inputs=theta_sx_sy(),
        expected=lambda theta, sx, sy: rotation(theta) @ scaling(sx, sy),
        compare=explained(TOLERANCE, explain(first_is_rotation=False)),
        cases=CASES,
    ),
    Behaviour("non_commuting_pair", check_pair, needs=("non_commuting_pair()",)),
]
