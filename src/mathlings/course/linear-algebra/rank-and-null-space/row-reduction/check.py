"""Checks for row-reduction: R is THE reduced row echelon form of A (checked by its properties, so
a correct R that differs from ours by rounding passes), then rank(A) on matrices built with a
known rank, exact and with 1e-13 noise, then that rank honours its tol argument."""

from __future__ import annotations

import itertools

import numpy as np
from hypothesis import strategies as st

from mathlings.checker import Behaviour, Call, Mismatch, close, exact, satisfies
from mathlings.checker import strategies as gen

TOL = 1e-10  # the drill's default tol: |x| ≤ TOL·max(1, max|A|) counts as zero
NOISE = 1e-13
ROW_SPACE_TOL = 1e-9  # ‖P_rows(R) − P_rows(A)‖ (orthogonal projectors); a correct R gives ~1e-13


def reference_rref(A: np.ndarray, tol: float = TOL, zero: float | None = None) -> np.ndarray:
    """Gauss–Jordan with partial pivoting, the oracle (same rule as the task states). `zero`
    replaces the zero rule's threshold tol·max(1, max|A|), to see what another rule would give."""
    R = np.array(A, dtype=float)
    m, n = R.shape
    if zero is None:
        zero = tol * max(1.0, float(np.max(np.abs(R)))) if R.size else tol
    row = 0
    for col in range(n):
        if row == m:
            break
        p = row + int(np.argmax(np.abs(R[row:, col])))
        if abs(R[p, col]) <= zero:
            R[row:, col] = 0.0
            continue
        R[[row, p]] = R[[p, row]]
        R[row] = R[row] / R[row, col]
        for i in range(m):
            if i != row:
                R[i] = R[i] - R[i, col] * R[row]
        row += 1
    return R


def pivot_rank(A: np.ndarray) -> int:
    """rank(A): the number of pivots Gauss–Jordan finds with the task's zero rule, one rule for
    rank and elimination alike. The inputs are built so that their rank r has σ_r ≥ 1e-6·σ₁ and
    any noise is 1e-13, so this is the r they were built with."""
    if A.size == 0:
        return 0
    return int(np.sum(np.any(reference_rref(A) != 0.0, axis=1)))


def unscaled_rule(A: np.ndarray, pivots: int) -> str | None:
    """When `pivots` is what |x| ≤ tol (not scaled by max|A|) finds, but the zero rule finds fewer:
    a sentence on why the rule scales with the matrix. Else None."""
    largest = float(np.max(np.abs(A))) if A.size else 0.0
    if largest <= 1.0:
        return None
    unscaled = reference_rref(A, zero=TOL)
    if int(np.sum(np.any(unscaled != 0.0, axis=1))) != pivots:
        return None
    return (
        f"A's largest |entry| is {largest:g}, so the zero rule's threshold is "
        f"tol·max(1, max|A|) = {TOL * largest:.1g}: a leftover pivot candidate below that counts "
        "as zero, even when it is above tol itself."
    )


def row_space_projector(M: np.ndarray, r: int) -> np.ndarray:
    """The orthogonal projector onto the span of M's rows, taking its top r directions."""
    if r == 0:
        return np.zeros((M.shape[1], M.shape[1]))
    _, _, Vt = np.linalg.svd(M)
    return Vt[:r].T @ Vt[:r]


def not_rref(text: str, wrong: list, detail: str | None = None, mistake: str | None = None):
    """A way R fails to be the RREF; the entries it marks, or else those that differ from ours."""
    return Mismatch(
        f"is not the reduced row echelon form of A: {text}",
        wrong=wrong or None,
        detail=detail,
        mistake=mistake,
    )


def rref_problem(args: tuple, R: np.ndarray) -> Mismatch | None:
    """The first way R fails to be the reduced row echelon form of A, or None if it is it.

    Thresholds depend only on A and R: an entry counts as 0 when |x| ≤ 1e-9·max(1, max|R|), a
    pivot must be 1 within 1e-9, and rank and row space are compared with A's numerical rank.
    """
    (A,) = args
    m, n = R.shape
    if R.shape != A.shape:  # a known mistake's answer (the learner's shape is checked first)
        return not_rref(f"it has shape {R.shape}, not A's", [])
    if not np.isfinite(R).all():
        bad = np.argwhere(~np.isfinite(R)).tolist()
        return not_rref(
            "it has inf or nan entries",
            bad,
            "That comes from dividing by a pivot that is 0: pick the largest |entry| at or below "
            "the current row as the pivot, and skip the column when even that is ≤ "
            "tol·max(1, max|A|).",
            "divides-by-diagonal",
        )
    zero = 1e-9 * max(1.0, float(np.max(np.abs(R)))) if R.size else 0.0
    nonzero_rows = [i for i in range(m) if np.any(np.abs(R[i]) > zero)]
    for i in range(m - 1):
        if i not in nonzero_rows and (i + 1) in nonzero_rows:
            return not_rref(
                f"row {i + 1} is zero but row {i + 2} below it is not (zero rows go at the bottom)",
                [[i, j] for j in range(n)],
            )
    leads = [int(np.argmax(np.abs(R[i]) > zero)) for i in nonzero_rows]
    for a, b in itertools.pairwise(nonzero_rows):
        if leads[b] <= leads[a]:
            return not_rref(
                f"the first nonzero entry of row {b + 1}, R[{b}, {leads[b]}], is not to the right "
                f"of row {a + 1}'s, R[{a}, {leads[a]}]: the pivots must step down and to the right",
                [[a, leads[a]], [b, leads[b]]],
            )
    for i in nonzero_rows:
        c = leads[i]
        if abs(R[i, c] - 1.0) > 1e-9:
            return not_rref(
                f"the pivot of row {i + 1}, R[{i}, {c}], is {R[i, c]:.6g}, not 1",
                [[i, c]],
                "Divide each pivot row by its pivot, so every pivot is 1.",
            )
    for i in nonzero_rows:
        c = leads[i]
        others = [k for k in range(m) if k != i and abs(R[k, c]) > zero]
        if others:
            k = others[0]
            where = "above" if k < i else "below"
            return not_rref(
                f"R[{k}, {c}] = {R[k, c]:.6g} is {where} the pivot of column {c + 1}, and must be "
                "0",
                [[k, c] for k in others],
                "In reduced form a pivot is the only nonzero entry of its column: eliminate in "
                "every other row, the rows above the pivot as well as those below.",
            )
    r = pivot_rank(A)
    if len(nonzero_rows) != r:
        more = len(nonzero_rows) > r
        scaled = unscaled_rule(A, len(nonzero_rows)) if more else None
        return not_rref(
            f"it has {len(nonzero_rows)} pivot{'' if len(nonzero_rows) == 1 else 's'}, "
            f"but A has rank {r}",
            [[i, leads[i]] for i in nonzero_rows],
            scaled
            or (
                (
                    f"A is (within {NOISE:g}) a rank-{r} matrix: a pivot candidate that small is "
                    "rounding or noise, not a pivot. Treat |x| ≤ tol·max(1, max|A|) as zero."
                )
                if more
                else "A column that has a usable pivot was skipped."
            ),
            ("unscaled-zero-rule" if scaled else "exact-zero-test") if more else None,
        )
    gap = float(np.linalg.norm(row_space_projector(A, r) - row_space_projector(R, r))) if r else 0
    if gap > ROW_SPACE_TOL:
        if gap > 1e-4:
            return not_rref(
                "its rows span a different space from A's rows (row operations never change the "
                "row space)",
                [[i, j] for i in nonzero_rows for j in range(n)],
            )
        return not_rref(
            f"it is off by about {gap:.0e}: its rows span a slightly different space from A's",
            [],
            "Rounding errors that large come from dividing by a tiny pivot: take the row with the "
            "largest |entry| in the column as the pivot, not the first nonzero one.",
        )
    return None


def noise_note(A: np.ndarray) -> str | None:
    noise = A - np.round(A)
    if not np.any(noise):
        return None
    return (
        f"A is a whole-number matrix plus noise of size {NOISE:g} (not shown: A − round(A) has "
        f"entries up to {float(np.max(np.abs(noise))):.1g}). After elimination, leftovers that "
        "small must count as zero: |x| ≤ tol·max(1, max|A|)."
    )


def rank_matches():
    inner = exact()

    def compare(expected, got, args=()):
        found = inner(expected, got, args)
        if found is None:
            return None
        found.detail = noise_note(args[0])
        try:
            too_high = float(got) > expected
        except (TypeError, ValueError):
            too_high = False
        scaled = unscaled_rule(args[0], int(got)) if too_high else None
        if scaled:
            found.detail = scaled
            found.mistake = "unscaled-zero-rule"
        elif too_high:
            found.mistake = "exact-zero-test"
        return found

    return compare


def matrices_of_known_rank():
    """(A,) of rank r, 1 to 4 rows and columns; half of them with 1e-13 noise added."""
    return st.one_of(gen.known_rank(), gen.known_rank(noise=NOISE)).map(lambda ar: ar[:1])


FIXED = [
    (np.array([[0.0, 1.0], [1.0, 0.0]]),),  # pivot 0 in place, 1 below: swap rows
    (np.array([[1e-17, 1.0, 1.0], [1.0, 1.0, 2.0]]),),  # a tiny pivot: take the big one below
    (np.array([[1e-12, 1.0], [1.0, 1.0]]),),
    (np.array([[3e-10, 1.0, 0.5], [1.0, 0.1, 0.1]]),),  # a tiny pivot above the zero rule
    (np.zeros((2, 3)),),
    (np.array([[0.0, 2.0, 4.0]]),),  # 1 x n
    (np.array([[0.0], [3.0], [-1.0]]),),  # m x 1
    (np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 9.0], [7.0, 8.0, 15.0]]),),  # the lesson's rank 2
    (np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 9.0], [7.0, 8.0, 15.0]]) + NOISE * np.eye(3),),
    # Rank 1 with entries in the thousands: the leftover pivot candidate 1e-9 is above tol but
    # below tol·max|A| = 4e-7, so it counts as zero. Negative, so max(A) is not max|A|; and its
    # smallest |entry| is 1, so the smallest entry is not the scale either.
    (np.array([[-1000.0, -2000.0, -1.0], [-2000.0, -4000.000000002, -2.0]]),),
]

# rank(A, tol) must use tol: a rank-2 matrix plus noise 1e-6 has rank 3 at tol 1e-10, rank 2 at
# tol 1e-4 (σ₃ ≈ 1e-6 ≪ 1e-4).
_B = np.array([[1.0, 0.0], [2.0, 1.0], [0.0, 3.0]])
_C = np.array([[1.0, -1.0, 2.0, 0.0], [0.0, 2.0, 1.0, 1.0]])
_E = np.array([[0.3, -0.7, 0.5, 0.9], [-0.8, 0.2, 0.6, -0.4], [0.1, 0.9, -0.5, 0.7]])
NOISY = _B @ _C + 1e-6 * _E


def rank_uses_tol(learner) -> Mismatch | None:
    default = learner.call("rank(A, tol)", NOISY, TOL)
    loose = learner.call("rank(A, tol)", NOISY, 1e-4)
    if exact()(2, loose) is None and exact()(3, default) is None:
        return None
    return Mismatch(
        f"rank(A, tol) gave {default!r} at tol = 1e-10 and {loose!r} at tol = 1e-4 for a rank-2 "
        "matrix plus noise of size 1e-6; expected 3 (the noise is far above 1e-10) and 2 (and "
        "far below 1e-4)",
        expected=[3, 2],
        got=[default, loose],
        detail="A = B C + 1e-6·E with B 3 x 2 and C 2 x 4 whole-number matrices.",
        mistake="tol-not-passed-on" if default == loose else None,
    )


CHECKS = [
    Call(
        "rref(A)",
        inputs=matrices_of_known_rank(),
        expected=reference_rref,
        # R close to ours, or else with every property of the RREF of A (which is unique, so
        # that is the same answer up to rounding).
        compare=satisfies(
            rref_problem,
            tolerance="‖R − R_ref‖ ≤ 1e-09 + 1e-08·‖R_ref‖, or R passes every RREF "
            "property: |x| ≤ 1e-9·max(1, max|R|) counts as 0, pivots are 1 within 1e-9, row "
            "space within 1e-9",
            alike=close(rtol=1e-8, atol=1e-9),
        ),
        cases=FIXED,
    ),
    Call(
        "rank(A)",
        inputs=matrices_of_known_rank(),
        expected=pivot_rank,
        compare=rank_matches(),
        cases=FIXED,
    ),
    Behaviour("rank with tol", rank_uses_tol, needs=("rank(A, tol)",)),
]
