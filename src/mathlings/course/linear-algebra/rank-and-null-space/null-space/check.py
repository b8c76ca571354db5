"""Checks for null-space: N is compared as a subspace, never against one particular basis: shape
(n, k) with k = n − rank(A), A N ≈ 0 column by column, independent columns. Then A(x + Nc) = Ax."""

from __future__ import annotations

import numpy as np

from mathlings.checker import (
    Behaviour,
    Call,
    Mismatch,
    NotNumeric,
    as_array,
    column_span,
    satisfies,
    shape_hint,
)
from mathlings.checker import strategies as gen

RESIDUAL = 1e-8  # ‖A nⱼ‖ ≤ RESIDUAL·‖A‖·‖nⱼ‖ for every column nⱼ of N
TOLERANCE = (
    f"‖A nⱼ‖ ≤ {RESIDUAL:g}·‖A‖·‖nⱼ‖ for each column, and independent columns "
    "(matrix_rank(N) = k); any basis passes, orthonormal or not"
)


def rank_of(A: np.ndarray) -> int:
    return int(np.linalg.matrix_rank(A)) if A.size else 0


def reference_null_space(A: np.ndarray) -> np.ndarray:
    """Right singular vectors of the zero singular values: Vᵀ[r:]ᵀ, shape (n, n − r)."""
    r = rank_of(A)
    _, _, Vt = np.linalg.svd(A)
    return Vt[r:].T


def in_null_space(args: tuple, N: np.ndarray) -> str | Mismatch | None:
    """k = n − rank(A) columns, each a nonzero vector that A sends to 0, and independent."""
    (A,) = args
    n, k = A.shape[1], A.shape[1] - rank_of(A)
    if N.shape != (n, k):
        return f"returned shape {N.shape}; expected ({n}, {k})"
    if not np.isfinite(N).all():
        return Mismatch("returned inf or nan entries", wrong=[])
    norms = np.linalg.norm(N, axis=0)
    residuals = np.linalg.norm(A @ N, axis=0)
    scale = float(np.linalg.norm(A))
    for j in range(k):
        column = [[i, j] for i in range(n)]
        if norms[j] == 0:
            return Mismatch(
                f"returned a zero column (column {j + 1}, N[:, {j}]); a basis vector is never 0",
                wrong=column,
            )
        if residuals[j] > RESIDUAL * scale * norms[j]:
            return Mismatch(
                f"returned column {j + 1}, which A does not send to 0: ‖A N[:, {j}]‖ = "
                f"{residuals[j]:.3g} (relative {residuals[j] / (scale * norms[j]):.2g})",
                wrong=column,
            )
    found = int(np.linalg.matrix_rank(N / norms)) if k else 0
    if found < k:
        return Mismatch(
            f"returned {k} columns in the null space that are not independent: they span "
            f"only {found} dimension{'s' if found != 1 else ''}",
            wrong=[],
        )
    return None


def null_space_basis():
    """Shape (n, k) first, with a hint for the usual wrong shapes; then any basis of the null
    space passes (the same span as the reference's, or the properties), else the first property
    that fails is named."""
    basis = satisfies(in_null_space, tolerance=TOLERANCE, alike=column_span())

    def compare(expected, got, args=()):
        A = args[0]
        n = A.shape[1]
        k = n - rank_of(A)
        e = as_array(expected)  # the reference basis (or, naming a mistake, the mistake's answer)
        try:
            N = as_array(got)
        except NotNumeric as exc:
            return Mismatch(f"returned {exc}", expected=e, got=repr(got))
        if N.shape not in ((n, k), e.shape):
            return Mismatch(
                f"returned shape {N.shape}; expected ({n}, {k}): a row for each of A's n = {n} "
                f"columns, a column for each of the k = n − rank(A) = {n} − {n - k} = {k} basis "
                "vectors",
                expected=e,
                got=N,
                detail=shape_detail(N.shape, A.shape, k),
            )
        return basis(e, N, args)

    return compare


def shape_detail(got, shape_of_A, k):
    m, n = shape_of_A
    if len(got) != 2:
        return (
            f"Return a 2-D array of shape ({n}, {k}), even when k is 1 or 0: "
            f"np.zeros(({n}, 0)) is the basis of {{0}}."
        )
    if got == (k, n) and k != n:
        return "It looks transposed: the basis vectors go in the COLUMNS of N."
    if got[0] == m != n:
        return (
            f"N has m = {m} rows, one per row of A; but x in Ax = 0 has one entry per COLUMN of A "
            f"(n = {n}). Vectors with {m} entries are the left null space, null(Aᵀ)."
        )
    if got[0] == n:
        return f"The null space has dimension k = n − rank(A) = {k} (rank–nullity)."
    return shape_hint(got, (n, k))


LESSON = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 9.0], [7.0, 8.0, 15.0]])  # column 3 = 1 + 2
FIXED = [
    (LESSON,),
    (np.zeros((2, 3)),),  # everything is in the null space: k = 3
    (np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]),),  # independent columns: k = 0, shape (2, 0)
    (np.array([[1.0, 2.0, 3.0]]),),  # 1 x n: a plane in ℝ³
    (np.array([[0.0], [0.0]]),),  # m x 1, zero
    (np.array([[1.0], [2.0]]),),  # m x 1, rank 1: shape (1, 0)
    (np.array([[1.0, 1.0, 0.0, 2.0], [2.0, 2.0, 0.0, 4.0]]),),
]


def invisible_directions(learner) -> Mismatch | None:
    """A(x + Nc) = Ax: adding a null-space vector to the input never changes the output."""
    rng = np.random.default_rng(7)
    for A in (LESSON, np.array([[1.0, 1.0, 0.0, 2.0], [2.0, 2.0, 0.0, 4.0]])):
        N = np.asarray(learner.call("null_space(A)", A), dtype=float)
        n = A.shape[1]
        if N.ndim != 2 or N.shape[0] != n:
            return Mismatch(
                f"null_space(A) returned shape {N.shape} for A of shape {A.shape}; the "
                f"columns must be vectors x in ℝ^{n}",
                got=N,
            )
        x = rng.integers(-3, 4, n).astype(float)
        c = rng.integers(-3, 4, N.shape[1]).astype(float)
        moved = x + N @ c
        before, after = A @ x, A @ moved
        gap = float(np.linalg.norm(after - before))
        if gap > RESIDUAL * float(np.linalg.norm(A)) * max(1.0, float(np.linalg.norm(moved))):
            return Mismatch(
                f"for A = {A.tolist()}, x = {x.tolist()} and n = N·{c.tolist()} (a combination "
                f"of your basis), A(x + n) differs from Ax by {gap:.3g}: n is not invisible",
                expected=before,
                got=after,
            )
    return None


CHECKS = [
    Call(
        "null_space(A)",
        inputs=gen.known_rank().map(lambda ar: ar[:1]),
        expected=reference_null_space,
        compare=null_space_basis(),
        cases=FIXED,
    ),
    Behaviour("A(x + n) = Ax", invisible_directions, needs=("null_space(A)",)),
]
