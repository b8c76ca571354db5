"""Checks for recommender: complete(R, mask, k) on ratings matrices made from a known rank-k truth,
judged by its error on the held-out ratings.

Every instance is built from a fixed seed, so a verdict never changes between runs. Each is
exactly rank k, every user and item keeps at least k + 2 ratings, and the held-out pattern is
checked to determine the truth (the Jacobian of (P, Q) ↦ (PQᵀ)_observed has full rank, with room
to spare), so a rank-k model that fits the observed ratings recovers the held-out ones. The
threshold 0.15·s leaves room on both sides: on 120 instances of this family (30 seeds), hard
impute (≥ 100 rounds) and ALS from an SVD start (λ ≤ 0.2) stay below 0.145·s, while one SVD of
the mean-filled matrix never gets below 0.22·s and the column-mean baseline never below 0.58·s.
"""

import numpy as np

from mathlings.checker import Behaviour, Mismatch

HELD_OUT = 0.3  # fraction of the ratings hidden from the learner
TOLERANCE = 0.15  # RMS error allowed, as a fraction of s = std of the true ratings
BASELINE_SHARE = 0.5  # and at most this share of the column-mean baseline's held-out RMS error
SHAPES = [(20, 15, 2), (15, 20, 2), (20, 15, 3), (18, 12, 1)]
SEEDS = (0, 1)
SIGNATURE = "complete(R, mask, k)"


class Instance:
    """A ratings matrix R (NaN where held out), its mask, the rank k and the true ratings."""

    def __init__(
        self, m: int, n: int, k: int, seed: int, sparse_user: bool = False, name: str = ""
    ) -> None:
        rng = np.random.default_rng(1000 * k + seed)
        self.k, self.seed, self.sparse_user = k, seed, sparse_user
        self.name = name or f"seed {seed}"
        self.truth = self._truth(rng, m, n, k)
        self.mask = self._mask(rng, m, n, k)
        if sparse_user:  # user 0 keeps one rating, fewer than k: its QₒᵀQₒ is singular
            keep = int(rng.choice(np.flatnonzero(self.mask[0])))
            self.mask[0] = False
            self.mask[0, keep] = True
        self.R = np.where(self.mask, self.truth, np.nan)
        self.spread = float(self.truth.std())

    @staticmethod
    def _truth(rng: np.random.Generator, m: int, n: int, k: int) -> np.ndarray:
        """P Qᵀ: a positive "overall taste" factor and k − 1 signed ones, one decimal each."""

        def factors(size: int, low: float, high: float) -> np.ndarray:
            columns = [rng.uniform(low, high, size)]
            for _ in range(k - 1):
                signs = rng.choice([-1.0, 1.0], size)
                columns.append(signs * rng.uniform(0.5, 1.2, size) / np.sqrt(max(k - 1, 1)))
            return np.column_stack(columns).round(1)

        P = factors(m, 1.0, 1.6)
        Q = factors(n, 1.5, 2.5)
        return P @ Q.T

    def _mask(self, rng: np.random.Generator, m: int, n: int, k: int) -> np.ndarray:
        hidden = round(HELD_OUT * m * n)
        for _ in range(1000):
            mask = np.ones(m * n, dtype=bool)
            mask[rng.choice(m * n, hidden, replace=False)] = False
            mask = mask.reshape(m, n)
            enough = min(mask.sum(axis=1).min(), mask.sum(axis=0).min()) >= k + 2
            if enough and self._determined(mask, k):
                return mask
        raise RuntimeError("no well-conditioned mask found")  # never happens for these sizes

    def _determined(self, mask: np.ndarray, k: int) -> bool:
        """The observed entries pin down the rank-k truth: the Jacobian of (P, Q) ↦ observed
        entries of PQᵀ has rank k(m + n) − k² (all but the k² directions of P G, Q G⁻ᵀ)."""
        U, sigma, Vt = np.linalg.svd(self.truth)
        m, n = mask.shape
        P = U[:, :k] * np.sqrt(sigma[:k])
        Q = Vt[:k].T * np.sqrt(sigma[:k])
        rows = []
        for i, j in zip(*np.nonzero(mask)):
            row = np.zeros(k * (m + n))
            row[i * k : (i + 1) * k] = Q[j]
            row[k * m + j * k : k * m + (j + 1) * k] = P[i]
            rows.append(row)
        s = np.linalg.svd(np.array(rows), compute_uv=False)
        return s[k * (m + n) - k * k - 1] >= 0.05 * s[0]

    def describe(self) -> str:
        m, n = self.R.shape
        held = int((~self.mask).sum())
        what = f"{self.name}: a {m} × {n} ratings matrix of rank {self.k}"
        if self.sparse_user:
            return f"{what} where user 0 has a single rating (fewer than k = {self.k})"
        return f"{what}, {held} of {m * n} ratings held out"


def rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(x**2))) if x.size else 0.0


def svd_k(X: np.ndarray, k: int) -> np.ndarray:
    U, sigma, Vt = np.linalg.svd(X, full_matrices=False)
    return (U[:, :k] * sigma[:k]) @ Vt[:k]


def column_means(inst: Instance) -> np.ndarray:
    return np.where(inst.mask, inst.R, np.nanmean(inst.R, axis=0))


def fingerprint(inst: Instance, got: np.ndarray) -> str | None:
    """The known mistake whose characteristic answer the learner's matches, if any."""
    R, mask, k = inst.R, inst.mask, inst.k
    close = 1e-3 * inst.spread

    def same(other: np.ndarray) -> bool:
        return rms(got - other) <= close

    zero_filled = svd_k(np.where(mask, R, 0.0), k)
    if same(zero_filled):
        return "one-svd-zero-filled"
    if rms(got - zero_filled) <= 0.02 * inst.spread:
        return "als-zero-filled"  # a ridge fit to every entry lands near it, not on it
    fills = [np.nanmean(R, axis=0), np.nanmean(R, axis=1)[:, None], np.nanmean(R)]
    if any(same(svd_k(np.where(mask, R, fill), k)) for fill in fills):
        return "observed-not-restored"
    return None


def as_matrix(got: object, shape: tuple[int, int]) -> tuple[np.ndarray | None, str | None]:
    """The learner's answer as a float array of `shape`, or why it is not one."""
    try:
        X = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return None, f"returned a {type(got).__name__}, not an array of numbers"
    if X.shape != shape:
        return None, f"returned shape {X.shape}; expected {shape}, the shape of R"
    return X, None


def worst_entries(inst: Instance, X: np.ndarray, where: np.ndarray, count: int = 3) -> str:
    idx = np.argwhere(where)
    errors = np.abs(X - inst.truth)[where]
    picked = idx[np.argsort(errors)[::-1][:count]]
    return "; ".join(
        f"(user {i}, item {j}) true {inst.truth[i, j]:.2f}, yours {X[i, j]:.4g}" for i, j in picked
    )


def judge(inst: Instance, X: np.ndarray, rows: np.ndarray | None = None) -> Mismatch | None:
    """Held-out and observed RMS errors within TOLERANCE·s, and well below the baseline.

    `rows` limits the judgement to those users (the others are left free)."""
    rows = np.ones(X.shape[0], dtype=bool) if rows is None else rows
    held = ~inst.mask & rows[:, None]
    seen = inst.mask & rows[:, None]
    s = inst.spread
    if not np.isfinite(X).all():
        bad = int((~np.isfinite(X)).sum())
        return Mismatch(
            f"On {inst.describe()}, {SIGNATURE} returned {bad} NaN or infinite entries",
            mistake="missing-entries-nan" if np.isnan(X).any() else None,
        )
    held_error = rms((X - inst.truth)[held])
    seen_error = rms((X - inst.truth)[seen])
    baseline = rms((column_means(inst) - inst.truth)[held])
    allowed = min(TOLERANCE * s, BASELINE_SHARE * baseline)
    numbers = (
        f"RMS error {held_error:.3g} on the held-out ratings, {seen_error:.3g} on the known ones; "
        f"allowed ≤ {allowed:.3g} on each ({TOLERANCE:g}·s, s = {s:.3g} = std of the true "
        f"ratings). Filling in each item's mean rating gets {baseline:.3g} on the held-out ones."
    )
    if held_error <= allowed and seen_error <= allowed:
        return None
    mistake = fingerprint(inst, X)
    if seen_error > allowed:
        what = "does not fit the known ratings"
        advice = (
            "A rank-k model should reproduce the ratings it was given. If you use ALS: start from "
            "the truncated SVD of the mean-filled matrix and use λ = 0.1 (a random start, with a "
            "smaller λ, often stops in a bad local minimum on matrices this small); a much larger "
            "λ shrinks the fit."
        )
    else:
        what = "fits the known ratings but misses the held-out ones"
        advice = (
            "Check that the model is rank k (truncate the SVD to k terms) and that you iterate "
            "enough: fill, truncate, put the observed ratings back, about 200 times."
        )
    return Mismatch(
        f"On {inst.describe()}, your completion {what}: {numbers}",
        expected=inst.truth,
        got=X,
        detail=f"Worst held-out entries: {worst_entries(inst, X, held)}."
        + ("" if mistake else f" {advice}"),
        mistake=mistake,
        tolerance=f"RMS error ≤ {allowed:.3g}",
    )


CASES = [(m, n, k, seed) for seed in SEEDS for (m, n, k) in SHAPES]
INSTANCES = [
    Instance(m, n, k, seed, name=f"instance {i + 1} of {len(CASES)}")
    for i, (m, n, k, seed) in enumerate(CASES)
]
SPARSE = Instance(20, 15, 2, seed=7, sparse_user=True, name="the sparse-user instance")


def held_out_ratings(learner) -> Mismatch | None:
    for inst in INSTANCES:
        got = learner.call(SIGNATURE, inst.R, inst.mask, inst.k)
        X, problem = as_matrix(got, inst.R.shape)
        if X is None:
            return Mismatch(f"On {inst.describe()}, {SIGNATURE} {problem}")
        found = judge(inst, X)
        if found:
            return found
    return None


def user_with_one_rating(learner) -> Mismatch | None:
    """User 0 has a single rating (fewer than k = 2): the others must still be completed well, and
    user 0's row must come out finite and in the range of the ratings."""
    inst = SPARSE
    got = learner.call(SIGNATURE, inst.R, inst.mask, inst.k)
    X, problem = as_matrix(got, inst.R.shape)
    if X is None:
        return Mismatch(f"On {inst.describe()}, {SIGNATURE} {problem}")
    if not np.isfinite(X).all():
        return Mismatch(
            f"On {inst.describe()}, {SIGNATURE} returned NaN or infinite entries",
            mistake="als-without-ridge",
        )
    observed = inst.R[inst.mask]
    low, high = observed.min(), observed.max()
    margin = high - low
    if X[0].min() < low - margin or X[0].max() > high + margin:
        return Mismatch(
            f"On {inst.describe()}, your predictions for user 0 run from {X[0].min():.4g} to "
            f"{X[0].max():.4g}, far outside the known ratings' range [{low:.3g}, {high:.3g}] "
            f"(allowed: within {margin:.3g} of it)",
            mistake="als-without-ridge",
        )
    others = np.arange(X.shape[0]) > 0
    found = judge(inst, X, rows=others)
    if found:
        found.message = f"{found.message} (User 0 is not judged here.)"
    return found


CHECKS = [
    Behaviour("held-out ratings", held_out_ratings, needs=(SIGNATURE,), examples=len(INSTANCES)),
    Behaviour("user with one rating", user_with_one_rating, needs=(SIGNATURE,)),
]
