"""Checks for composition: S R and R S against NumPy's products, and a pair that really does not
commute (‖AB − BA‖ > 1e-6·‖A‖‖B‖)."""

import numpy as np
from hypothesis import strategies as st

from mathlings.checker import strategies as gen
from mathlings.checker.compare import Mismatch, NotNumeric, as_array, close, explained
from mathlings.checker.spec import Behaviour, Call

TOLERANCE = close(rtol=1e-9, atol=1e-12)
COMMUTE_TOL = 1e-6


def rotation(theta):
    c, s = np.cos(theta), np.sin(theta)
    return np.array([[c, -s], [s, c]])


def scaling(sx, sy):
    return np.diag([float(sx), float(sy)])


def pair(x):
    return f"({x[0]:.4g}, {x[1]:.4g})"


def matrix(M):
    return "[" + ", ".join("[" + ", ".join(f"{x:.4g}" for x in row) + "]" for row in M) + "]"


def follow_e1(first, then, first_name, then_name):
    """Where e₁ goes, one map at a time, as a sentence."""
    e1 = np.array([1.0, 0.0])
    middle = first @ e1
    return f"e₁ → {first_name} → {pair(middle)} → {then_name} → {pair(then @ middle)}"


def explain(first_is_rotation):
    def sentence(expected, got, args):
        theta, sx, sy = args
        R, S = rotation(theta), scaling(sx, sy)
        if first_is_rotation:
            right = follow_e1(R, S, "rotate", "scale")
        else:
            right = follow_e1(S, R, "scale", "rotate")
        return f"Follow e₁: {right}; your matrix sends e₁ to {pair(got[:, 0])} (its first column)."

    return sentence


def angles():
    """Whole radians first (θ = 1.0 is easy to redo by hand), then any angle in [−2π, 2π]."""
    return st.one_of(st.integers(-6, 6).map(float), st.floats(-2 * np.pi, 2 * np.pi))


def factors():
    """1, 2, 3, ... first (a shrunk counterexample has small unequal factors), then any factor in
    [−5, 5] (0 and negative factors are fixed cases too)."""
    return st.one_of(st.integers(1, 5).map(float), gen.elements(5.0))


def theta_sx_sy():
    return st.tuples(angles(), factors(), factors())


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
    if isinstance(got, np.ndarray) and got.shape == (2, 2, 2):
        got = (got[0], got[1])
    if not isinstance(got, (tuple, list)) or len(got) != 2:
        return Mismatch(
            f"non_commuting_pair() returned {type(got).__name__}; expected a pair (A, B)",
            got=repr(got)[:200],
            detail="Return the two matrices together: `return A, B`.",
        )
    try:
        A, B = as_array(got[0]), as_array(got[1])
    except NotNumeric as exc:
        return Mismatch(f"non_commuting_pair() returned {exc}", got=repr(got)[:200])
    for name, M in (("A", A), ("B", B)):
        if M.shape != (2, 2):
            return Mismatch(
                f"non_commuting_pair() returned {name} of shape {M.shape}; expected a 2x2 matrix",
                got=M,
            )
        if not np.isfinite(M).all():
            return Mismatch(f"non_commuting_pair() returned {name} with inf or nan", got=M)
    AB, BA = A @ B, B @ A
    gap = float(np.linalg.norm(AB - BA))
    bound = COMMUTE_TOL * float(np.linalg.norm(A) * np.linalg.norm(B))
    if gap > bound and gap > 0:
        return None
    return Mismatch(
        "non_commuting_pair() returned matrices that commute: AB = BA",
        expected="AB ≠ BA",
        got={"A": A, "B": B, "AB": AB, "BA": BA},
        tolerance=f"‖AB − BA‖ > {COMMUTE_TOL:g}·‖A‖‖B‖ (Frobenius); here ‖AB − BA‖ = {gap:.3g}",
        detail=f"A = {matrix(A)}, B = {matrix(B)}: AB = {matrix(AB)} and BA = {matrix(BA)}. "
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
