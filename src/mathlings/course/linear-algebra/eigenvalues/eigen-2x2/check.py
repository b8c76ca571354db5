"""Checks for eigen-2x2: the characteristic polynomial's coefficients, the eigenvalues against
np.linalg.eigvals (in the drill's order, complex pairs included), and an eigenvector by its
residual ‖Av − λv‖ and its norm, never against one particular vector."""

from __future__ import annotations

import math

import numpy as np
from hypothesis import strategies as st

from mathlings.checker import (
    Call,
    Mismatch,
    close,
    close_relative_to,
    columns_up_to_sign,
    satisfies,
)

EIGENVALUE_TOL = 1e-6  # |got − expected| ≤ 1e-6·max(1, ‖A‖): a repeated root is only √eps-exact
RESIDUAL_TOL = 1e-9  # ‖Av − λv‖ ≤ 1e-9·max(1, ‖A‖)·‖v‖
NORM_TOL = 1e-9  # |‖v‖ − 1| ≤ 1e-9


def entries() -> st.SearchStrategy[float]:
    """Whole numbers in [−5, 5], or else multiples of 0.01 there: readable when shrunk, general
    enough, and never a tiny nonzero entry that would make any formula lose all its digits."""
    return st.one_of(st.integers(-5, 5).map(float), st.integers(-500, 500).map(lambda k: k / 100))


@st.composite
def two_by_two(draw) -> np.ndarray:
    return np.array([[draw(entries()), draw(entries())], [draw(entries()), draw(entries())]])


def discriminant(A: np.ndarray) -> float:
    (a, b), (c, d) = A
    return (a - d) ** 2 + 4 * b * c  # = tr² − 4 det, without the cancellation


def real_eigenvalues(A: np.ndarray) -> list[float]:
    """The real eigenvalues, ascending, without repeats: a and d exactly for a triangular A, else
    (tr ± √disc) / 2 (exact for the whole-number cases)."""
    (a, b), (c, d) = A
    if b == 0 or c == 0:
        return sorted({float(a), float(d)})
    root = math.sqrt(discriminant(A))
    trace = float(a + d)
    return sorted({(trace + root) / 2, (trace - root) / 2})


@st.composite
def matrix_and_real_eigenvalue(draw) -> tuple[np.ndarray, float]:
    """(A, λ): a 2 x 2 matrix with real eigenvalues and one of them, the larger or the smaller."""
    A = draw(two_by_two().filter(lambda M: discriminant(M) >= 0))
    return A, draw(st.sampled_from(real_eigenvalues(A)[::-1]))


def rotation(degrees: float) -> np.ndarray:
    t = math.radians(degrees)
    return np.array([[math.cos(t), -math.sin(t)], [math.sin(t), math.cos(t)]])


M = np.array
CASES = [
    M([[1.0, 1.0], [0.0, 1.0]]),  # repeated, not diagonalisable
    M([[2.0, 0.0], [0.0, 2.0]]),  # λI: repeated, every vector an eigenvector
    M([[-1.0, 0.0], [0.0, 3.0]]),  # diagonal, the larger one second
    M([[0.0, -1.0], [1.0, 0.0]]),  # rotation by 90°: ±i
    rotation(30.0),  # cos 30° ± i sin 30°
    M([[3.0, -1.0], [4.0, -1.0]]),  # repeated λ = 1, not triangular
    M([[2.0, 1.0], [1.0, 2.0]]),  # the lesson's symmetric matrix: 3 and 1
    M([[1.0, 0.0], [3.0, 2.0]]),  # b = 0
    M([[1.0, -2.0], [2.0, 1.0]]),  # 1 ± 2i
]


def expected_char_poly(A: np.ndarray) -> np.ndarray:
    return np.array([1.0, -np.trace(A), np.linalg.det(A)])


def expected_eigenvalues(A: np.ndarray) -> np.ndarray:
    """np.linalg.eigvals, put in the drill's order: real ones descending, a complex pair with the
    positive imaginary part first."""
    lam = np.linalg.eigvals(A)
    if np.any(lam.imag != 0):
        re, im = float(np.mean(lam.real)), float(np.max(np.abs(lam.imag)))
        return np.array([complex(re, im), complex(re, -im)])
    return np.sort(lam.real)[::-1]


def eigenvalues_in_order():
    """close (complex too), tolerance scaled by ‖A‖; a reversed pair or nan is named directly."""
    near = close_relative_to(
        lambda args: max(1.0, float(np.linalg.norm(args[0]))), "max(1, ‖A‖)", EIGENVALUE_TOL
    )

    def compare(expected, got, args=()):
        A = args[0]
        found = near(expected, got, args)
        if found is None:
            return None
        if found.tolerance:
            found.tolerance += ", in order"
        try:
            g = np.asarray(got, dtype=complex)
        except (TypeError, ValueError):
            return found
        e = np.asarray(expected, dtype=complex)
        if g.shape == (2,) and np.isnan(g).any() and discriminant(A) < 0:
            found.message = "gave nan where the eigenvalues are a complex pair"
            found.detail = f"tr² − 4 det = {discriminant(A):.4g} < 0 here."
            found.mistake = "real-sqrt"
        elif g.shape == (2,) and near(e[::-1], g, args) is None:
            found.message = "gave the right eigenvalues in the wrong order"
            found.mistake = "ascending-order"
        return found

    return compare


def expected_eigenvector(A: np.ndarray, lam: float) -> np.ndarray:
    """One unit eigenvector (for the display; any other unit eigenvector passes)."""
    (a, b), (c, d) = A
    p, q = max([(a - lam, b), (c, d - lam)], key=lambda row: math.hypot(*row))
    if math.hypot(p, q) == 0.0:
        return np.array([1.0, 0.0])
    v = np.array([-q, p])
    return v / np.linalg.norm(v) + 0.0  # + 0.0: no −0.0 on show


def unit_eigenvector(args, v):
    """v passes when Av = λv (residual) and ‖v‖ = 1; any sign, and for A = λI any unit vector.
    The usual wrong vectors are named directly."""
    A, lam = args
    (a, b), (c, d) = A
    if v.shape != (2,):  # a known mistake's answer (the learner's shape is checked first)
        return f"returned shape {v.shape}"
    if not np.isfinite(v).all() or not np.any(v):
        first_row_zero = not np.any([a - lam, b])
        return Mismatch(
            "returned the zero vector" if np.isfinite(v).all() else "returned nan or inf",
            detail="An eigenvector is never 0. Here the row (a − λ, b) of A − λI is 0, so the "
            "vector (b, λ − a) is 0 too: take the other row, or if both rows are 0 (A = λI) "
            "any unit vector."
            if first_row_zero
            else None,
            mistake="no-fallback-when-b-is-zero" if first_row_zero else None,
        )
    scale = max(1.0, float(np.linalg.norm(A)))
    norm = float(np.linalg.norm(v))
    residual = float(np.linalg.norm(A @ v - lam * v))
    if residual <= RESIDUAL_TOL * scale * norm:
        if abs(norm - 1.0) <= NORM_TOL:
            return None
        return Mismatch(
            f"returned an eigenvector of length {norm:.6g}; it must be a unit vector",
            wrong=[[0], [1]],
            detail="Divide by its length: v / ‖v‖.",
            mistake="eigenvector-not-normalised",
        )
    found = Mismatch(
        f"returned a vector that is not an eigenvector for λ = {lam:.6g}: "
        f"‖Av − λv‖ = {residual:.3g}",
        wrong=[[0], [1]],
    )
    for p, q in ([a - lam, b], [c, d - lam]):
        if math.hypot(p, q) > 0 and abs(p * v[1] - q * v[0]) <= 1e-9 * math.hypot(p, q) * norm:
            found.detail = (
                f"It points along the row ({p:.6g}, {q:.6g}) of A − λI. An eigenvector "
                "solves (A − λI)v = 0, so it is ORTHOGONAL to each row: for a row (p, q) "
                "take (−q, p)."
            )
            found.mistake = "eigenvector-is-row"
    return found


CHECKS = [
    Call(
        "char_poly(A)",
        inputs=two_by_two().map(lambda A: (A,)),
        expected=expected_char_poly,
        compare=close(rtol=1e-9, atol=1e-12),
        cases=[(A,) for A in CASES],
    ),
    Call(
        "eigenvalues_2x2(A)",
        inputs=two_by_two().map(lambda A: (A,)),
        expected=expected_eigenvalues,
        compare=eigenvalues_in_order(),
        cases=[(A,) for A in CASES],
    ),
    Call(
        "eigenvector_2x2(A, lam)",
        inputs=matrix_and_real_eigenvalue(),
        expected=expected_eigenvector,
        compare=satisfies(
            unit_eigenvector,
            tolerance=f"‖Av − λv‖ ≤ {RESIDUAL_TOL:g}·max(1, ‖A‖)·‖v‖ and |‖v‖ − 1| ≤ {NORM_TOL:g}; "
            "any sign",
            alike=columns_up_to_sign(rtol=0.0, atol=1e-12),
            allow_column=True,
        ),
        cases=[(A, lam) for A in CASES if discriminant(A) >= 0 for lam in real_eigenvalues(A)],
    ),
]
