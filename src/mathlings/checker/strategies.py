"""Input generators for drills, in one place: a drill declares what it needs, Hypothesis draws it.

Inputs are built constructively (a known rank, an eigenvalue gap) rather than filtered, axes get
different lengths where that lets a transpose show, and elements are bounded and finite. Every
strategy shrinks toward small, readable inputs (zeros and ones, the fewest rows).
"""

from __future__ import annotations

from collections.abc import Callable

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


def readable_elements(bound: float = 5.0) -> st.SearchStrategy[float]:
    """Whole numbers (as floats) in [-bound, bound] or, otherwise, any finite float there.

    Shrinking prefers the first branch, so a counterexample comes out as small whole numbers a
    learner can redo by hand, while the second branch keeps the arithmetic general.
    """
    whole = int(bound)
    return st.one_of(st.integers(-whole, whole).map(float), elements(bound))


def readable_arrays(shape: tuple[int, ...], bound: float = 5.0) -> st.SearchStrategy[np.ndarray]:
    """A float64 array of `shape` drawn from `readable_elements(bound)`."""
    return hnp.arrays(np.float64, shape, elements=readable_elements(bound))


def nonzero_vectors(
    n: int, bound: float = 5.0, floor: float = 0.5
) -> st.SearchStrategy[np.ndarray]:
    """A length-n vector of readable entries that is never near zero: ‖v‖∞ ≥ floor.

    Built, not filtered: when every entry is smaller than `floor`, 1 is added to the first one, so
    it shrinks toward e₁ = (1, 0, …) rather than toward the zero vector.
    """

    def away_from_zero(v: np.ndarray) -> np.ndarray:
        if v.size and float(np.max(np.abs(v))) < floor:
            v = v.copy()
            v[0] += 1.0
        return v

    return readable_arrays((n,), bound).map(away_from_zero)


@st.composite
def scaled_vectors(
    draw: st.DrawFn, low: int = 1, high: int = 8, bound: float = 10.0, decades: int = 3
) -> np.ndarray:
    """A vector of readable entries in [-bound, bound] times 10**k, k in [-decades, decades]: small
    and large magnitudes, shrinking toward k = 0 and small whole numbers."""
    n = draw(st.integers(low, high))
    k = draw(st.integers(-decades, decades))
    return draw(readable_arrays((n,), bound)) * 10.0**k


# --- known rank, dominant eigenvalue (appended for row-reduction, null-space, power-iteration) ---


def _integer_matrices(rows: int, cols: int, bound: int) -> st.SearchStrategy[np.ndarray]:
    return hnp.arrays(np.float64, (rows, cols), elements=st.integers(-bound, bound).map(float))


def _full_rank(M: np.ndarray, r: int) -> bool:
    return r == 0 or int(np.linalg.matrix_rank(M)) == r


@st.composite
def known_rank(
    draw: st.DrawFn,
    rows: tuple[int, int] = (1, 4),
    cols: tuple[int, int] = (1, 4),
    noise: float = 0.0,
    bound: int = 3,
) -> tuple[np.ndarray, int]:
    """(A, r): an m x n matrix of rank exactly r, built as A = B C with B (m, r) and C (r, n) of
    small integers, each of full rank r, so A is exact in floating point; r = 0 is the zero matrix.

    The rank is well separated (σ_r(A) ≥ 1e-6·σ₁(A)). With noise > 0, noise·E (E's entries
    uniform in [−1, 1], from one drawn seed, so shrinking stays cheap) is added: a nearly
    rank-deficient matrix whose numerical rank is still r. Shrinks toward few rows, small
    integers and the zero matrix.
    """
    m = draw(st.integers(*rows))
    n = draw(st.integers(*cols))
    r = draw(st.integers(0, min(m, n)))
    B = draw(_integer_matrices(m, r, bound).filter(lambda M: _full_rank(M, r)))
    C = draw(_integer_matrices(r, n, bound).filter(lambda M: _full_rank(M, r)))
    A = B @ C if r else np.zeros((m, n))
    if r:
        sigma = np.linalg.svd(A, compute_uv=False)
        if sigma[r - 1] < 1e-6 * sigma[0]:  # practically never: small integer factors
            B = np.eye(m, r)
            C = np.eye(r, n)
            A = B @ C
    if noise:
        seed = draw(st.integers(0, 2**32 - 1))
        A = A + noise * np.random.default_rng(seed).uniform(-1.0, 1.0, (m, n))
    return A, r


@st.composite
def symmetric_with_dominant(
    draw: st.DrawFn, low: int = 2, high: int = 5, ratio: float = 0.75
) -> np.ndarray:
    """A symmetric matrix Q Λ Qᵀ with one eigenvalue λ₁ dominant in magnitude: every other
    eigenvalue has |λᵢ| ≤ ratio·|λ₁|. λ₁ may be negative (about half the time); |λ₁| ∈ [1, 5]."""
    n = draw(st.integers(low, high))
    top = draw(st.floats(1.0, 5.0)) * draw(st.sampled_from([1.0, -1.0]))
    rest = draw(st.lists(st.floats(-ratio, ratio), min_size=n - 1, max_size=n - 1))
    eigenvalues = top * np.array([1.0, *rest])
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
    """n > d points as rows, with variances along random orthogonal directions in the ratios
    (1 + gap·j²)², so the principal components are unique up to sign; never degenerate.

    The directions are a fixed centered cosine basis (orthogonal, mean 0) plus a smaller drawn
    perturbation that cannot cancel it, so the spread always has full rank (drawing the directions
    from raw draws alone gave constant "data" when a drawn column was constant); they shrink to
    the plain cosine basis.
    """
    d = draw(st.integers(*d_range))
    n = draw(st.integers(max(n_range[0], d + 2), max(n_range[1], d + 2)))
    i = np.arange(n)[:, None] + 0.5
    cosines = np.cos(np.pi * np.arange(1, d + 1) * i / n)  # columns orthogonal, each of mean 0
    wobble = draw(matrices(n, d, 0.5))
    # ‖wobble − mean‖₂ ≤ √(nd) < 4·√(n/2) = σ_min(4·cosines) for d ≤ 7: the sum keeps rank d.
    spread = 4.0 * cosines + (wobble - wobble.mean(axis=0))
    q, _ = np.linalg.qr(spread)
    q = q - q.mean(axis=0)  # remove the rounding-level mean
    q = q / np.linalg.norm(q, axis=0)
    scales = 1.0 + gap * np.arange(d, 0, -1) ** 2
    rotation = orthogonal(
        d, draw(matrices(d, d, 1.0).filter(lambda m: abs(np.linalg.det(m)) > 1e-3))
    )
    offset = draw(vectors(d, 5.0))
    return (q * scales * np.sqrt(n)) @ rotation.T + offset


# --- known singular values (appended for low-rank; usable for any SVD drill) ---


def orthogonal_or_identity(seed_vectors: np.ndarray) -> np.ndarray:
    """`orthogonal(n, seed)` when the drawn seed is well conditioned, else the identity: a seed
    shrunk toward zeros gives I (or a signed permutation), so U Σ Vᵀ shrinks to a diagonal-like
    matrix whose singular values can be read off."""
    n = seed_vectors.shape[0]
    if n == 0 or abs(np.linalg.det(seed_vectors)) < 1e-3:
        return np.eye(n)
    return orthogonal(n, seed_vectors)


@st.composite
def with_singular_values(
    draw: st.DrawFn, low: int = 1, high: int = 5, largest: int = 9, full_rank: bool = False
) -> tuple[np.ndarray, np.ndarray]:
    """(A, σ): A = U Σ Vᵀ of shape m x n with random orthogonal U (m x m) and V (n x n), and its
    singular values σ (length min(m, n), descending): distinct whole numbers in 1..largest, then
    zeros when the drawn rank is below min(m, n) (never with full_rank).

    Distinct singular values make the truncations A_k unique (σ_k > σ_{k+1}) and U, V unique up to
    signs; m and n are drawn independently, so tall, wide and square all occur. Shrinks toward
    full rank, small whole σ and diagonal-like A (U = I, V = I).
    """
    m = draw(st.integers(low, high))
    n = draw(st.integers(low, high))
    p = min(m, n)
    zeros = 0 if full_rank else draw(st.integers(0, p))
    size = p - zeros
    values = draw(st.lists(st.integers(1, largest), min_size=size, max_size=size, unique=True))
    sigma = np.array(sorted(values, reverse=True) + [0] * zeros, dtype=float)
    U = orthogonal_or_identity(draw(matrices(m, m, 1.0)))
    V = orthogonal_or_identity(draw(matrices(n, n, 1.0)))
    return (U[:, :p] * sigma) @ V[:, :p].T, sigma


# --- orthogonal and PSD matrices, known eigenvalues, angles, pairs, probabilities, samples ---


def angles() -> st.SearchStrategy[float]:
    """Whole radians first (θ = 1.0 is easy to redo by hand), then any angle in [−2π, 2π]."""
    return st.one_of(st.integers(-6, 6).map(float), st.floats(-2 * np.pi, 2 * np.pi))


def orthogonal_matrices(n: int, whole: int = 2) -> st.SearchStrategy[np.ndarray]:
    """An orthogonal n x n matrix: the Q of a QR of whole numbers in [−whole, whole] (a seed
    with |det| > 0.5), so it shrinks to simple ones (the identity, 45° rotations)."""
    seeds = hnp.arrays(np.float64, (n, n), elements=st.integers(-whole, whole).map(float))
    return seeds.filter(lambda m: abs(np.linalg.det(m)) > 0.5).map(lambda m: orthogonal(n, m) + 0.0)


@st.composite
def psd_matrices(draw: st.DrawFn, low: int = 2, high: int = 4, largest: float = 9.0) -> np.ndarray:
    """A symmetric positive semi-definite C = Q diag(λ) Qᵀ, n x n with n in [low, high], and
    λ ≥ 0: whole numbers 0…largest (repeats and zeros happen) or any float in [0, largest]."""
    n = draw(st.integers(low, high))
    value = st.one_of(st.integers(0, int(largest)).map(float), st.floats(0.0, largest))
    eigenvalues = sorted(draw(st.lists(value, min_size=n, max_size=n)), reverse=True)
    Q = draw(orthogonal_matrices(n))
    C = Q @ np.diag(eigenvalues) @ Q.T
    return (C + C.T) / 2 + 0.0


def symmetric_with_eigenvalues(eigenvalues: list[float], seed: int) -> np.ndarray:
    """A fixed symmetric matrix Q diag(λ) Qᵀ with the given eigenvalues, Q random orthogonal from
    `seed`: a fixed case with known eigenvalues (a repeated one, a slow ratio λ₂/λ₁)."""
    n = len(eigenvalues)
    Q = orthogonal(n, np.random.default_rng(seed).standard_normal((n, n)))
    C = Q @ np.diag(eigenvalues) @ Q.T
    return (C + C.T) / 2


@st.composite
def non_parallel_pair(
    draw: st.DrawFn, low: int = 2, high: int = 5, max_cosine: float = 0.99
) -> tuple[np.ndarray, np.ndarray]:
    """(u, v) of one length n in [low, high], neither near zero (`nonzero_vectors`): a shrunk
    counterexample has small whole numbers at an angle. When |cos(u, v)| > max_cosine, 1 is added
    to an entry k of u where v is not largest, so that u + e_k leans away from v (parallel and
    opposite pairs belong in a drill's fixed cases)."""
    n = draw(st.integers(low, high))
    u, v = draw(nonzero_vectors(n)), draw(nonzero_vectors(n))
    if abs(u @ v) > max_cosine * np.linalg.norm(u) * np.linalg.norm(v):
        k = 1 if abs(v[0]) >= abs(v[1]) else 0
        u = u.copy()
        u[k] += 1.0
    return u, v


@st.composite
def probability_vectors(
    draw: st.DrawFn, low: int = 2, high: int = 6, zeros: bool = False
) -> np.ndarray:
    """p of length n in [low, high], pᵢ ≥ 0, Σ pᵢ = 1: weights (whole numbers 1…9 first, else any
    float in [0.1, 9]; with zeros, 0 too, never all of them) divided by their sum. It shrinks to
    simple fractions (1/2, 1/4, 1/4) and to the uniform distribution (with zeros, to (1, 0, …))."""
    n = draw(st.integers(low, high))
    weight = st.one_of(st.integers(0 if zeros else 1, 9).map(float), st.floats(0.1, 9.0))
    weights = np.array(draw(st.lists(weight, min_size=n, max_size=n)))
    if not weights.any():
        weights[0] = 1.0
    return weights / weights.sum()


@st.composite
def samples(
    draw: st.DrawFn,
    sample: Callable[[np.random.Generator, int], np.ndarray],
    sizes: tuple[int, int] = (20, 200),
) -> np.ndarray:
    """A sample of size n in `sizes` from `sample(rng, n)` (lambda rng, n: rng.normal(2.0, 0.5,
    n)), with rng seeded by a drawn seed: Hypothesis replays and shrinks it (to the smallest n,
    seed 0), and the same example always gives the same sample."""
    n = draw(st.integers(*sizes))
    seed = draw(st.integers(0, 2**32 - 1))
    return np.asarray(sample(np.random.default_rng(seed), n), dtype=float)
