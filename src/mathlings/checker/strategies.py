"""Input generators for drills, in one place: a drill declares what it needs, Hypothesis draws it.

Inputs are built constructively (a known rank, an eigenvalue gap) rather than filtered, axes get
different lengths where that lets a transpose show, and elements are bounded and finite. Every
strategy shrinks toward small, readable inputs (zeros and ones, the fewest rows).
"""

from __future__ import annotations

import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

ELEMENT_BOUND = 10.0


def elements(bound: float = ELEMENT_BOUND) -> st.SearchStrategy[float]:
    """Finite floats in [-bound, bound], no subnormals: small and readable when shrunk."""
    return st.floats(-bound, bound, allow_nan=False, allow_infinity=False, allow_subnormal=False)


def matrices(rows: int, cols: int, bound: float = ELEMENT_BOUND) -> st.SearchStrategy[np.ndarray]:
    return hnp.arrays(np.float64, (rows, cols), elements=elements(bound))


def vectors(n: int, bound: float = ELEMENT_BOUND) -> st.SearchStrategy[np.ndarray]:
    return hnp.arrays(np.float64, (n,), elements=elements(bound))


def distinct_sizes(count: int, low: int = 1, high: int = 6) -> st.SearchStrategy[list[int]]:
    """`count` different axis lengths, so a transposed answer cannot have the right shape."""
    return st.lists(st.integers(low, high), min_size=count, max_size=count, unique=True)


@st.composite
def matrix_pair_for_product(draw: st.DrawFn, high: int = 6) -> tuple[np.ndarray, np.ndarray]:
    """(A, B) with A n x k and B k x m, n, k, m all different."""
    n, k, m = draw(distinct_sizes(3, 1, high))
    return draw(matrices(n, k)), draw(matrices(k, m))


@st.composite
def vector_pair(
    draw: st.DrawFn, low: int = 1, high: int = 8, bound: float = ELEMENT_BOUND
) -> tuple[np.ndarray, np.ndarray]:
    """Two vectors of the same length."""
    n = draw(st.integers(low, high))
    return draw(vectors(n, bound)), draw(vectors(n, bound))


@st.composite
def single_matrix(draw: st.DrawFn, low: int = 1, high: int = 6) -> tuple[np.ndarray]:
    """(A,) with A of a non-square shape where possible."""
    n, m = draw(st.lists(st.integers(low, high), min_size=2, max_size=2))
    return (draw(matrices(n, m)),)


def orthogonal(n: int, seed_vectors: np.ndarray) -> np.ndarray:
    """An orthogonal matrix from the QR factors of a drawn matrix (signs fixed so it is unique)."""
    q, r = np.linalg.qr(seed_vectors)
    signs = np.where(np.diag(r) < 0, -1.0, 1.0)
    return q * signs


@st.composite
def symmetric_with_gap(
    draw: st.DrawFn, low: int = 2, high: int = 5, gap: float = 0.5
) -> np.ndarray:
    """A symmetric matrix Q Λ Qᵀ whose eigenvalues are at least `gap` apart."""
    n = draw(st.integers(low, high))
    steps = draw(st.lists(st.floats(gap, 5.0), min_size=n - 1, max_size=n - 1))
    top = draw(st.floats(-5.0, 5.0))
    eigenvalues = top - np.concatenate([[0.0], np.cumsum(steps)])
    basis = draw(matrices(n, n, 1.0).filter(lambda m: abs(np.linalg.det(m)) > 1e-3))
    q = orthogonal(n, basis)
    return q @ np.diag(eigenvalues) @ q.T


@st.composite
def data_matrix(
    draw: st.DrawFn,
    n_range: tuple[int, int] = (3, 12),
    d_range: tuple[int, int] = (1, 4),
    gap: float = 0.3,
) -> np.ndarray:
    """n points in d dimensions (n > d), rows are points, with well-separated variances along
    random orthogonal directions, so the principal components are determined up to sign."""
    d = draw(st.integers(*d_range))
    n = draw(st.integers(max(n_range[0], d + 2), max(n_range[1], d + 2)))
    raw = draw(matrices(n, d, 1.0))
    if np.linalg.matrix_rank(raw - raw.mean(axis=0)) < d:  # shrunk to something flat: use t, t², …
        raw = np.arange(n, dtype=float)[:, None] ** np.arange(1, d + 1)
    q_raw, _ = np.linalg.qr(raw - raw.mean(axis=0))
    scales = 1.0 + gap * np.arange(d, 0, -1) ** 2
    rotation = orthogonal(
        d, draw(matrices(d, d, 1.0).filter(lambda m: abs(np.linalg.det(m)) > 1e-3))
    )
    offset = draw(vectors(d, 5.0))
    # Centered orthonormal columns have equal variance; scaling them separates the variances.
    points = q_raw * scales * np.sqrt(n)
    return points @ rotation.T + offset
