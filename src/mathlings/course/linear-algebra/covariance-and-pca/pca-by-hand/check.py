"""Checks for pca-by-hand: each PCA step on its own inputs, then the whole pipeline against
scikit-learn's PCA."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from sklearn.decomposition import PCA

from mathlings.checker import strategies as gen
from mathlings.checker.compare import (
    Comparator,
    Mismatch,
    NotNumeric,
    as_array,
    close,
    columns_up_to_sign,
    eigenbasis,
    tuple_of,
)
from mathlings.checker.learner import Learner, LearnerRaised
from mathlings.checker.spec import Call, Context

TOLERANCE = {"rtol": 1e-8, "atol": 1e-10}

# The 5-point dataset of the task: mean (4, 3), C = [[4, 3], [3, 4]], eigenvalues 7 and 1.
X5 = np.array([[1.0, 0.0], [3.0, 3.0], [4.0, 2.0], [5.0, 6.0], [7.0, 4.0]])
XC5 = X5 - X5.mean(axis=0)
C5 = XC5.T @ XC5 / 5
V5 = np.array([[1.0, -1.0], [1.0, 1.0]]) / np.sqrt(2.0)


def orthogonal_basis(d: int) -> st.SearchStrategy[np.ndarray]:
    """An orthogonal d x d matrix: the Q of a whole-number matrix's QR, so it shrinks to simple
    ones (the identity, 45° rotations)."""
    whole = st.integers(-2, 2).map(float)
    seeds = hnp.arrays(np.float64, (d, d), elements=whole)
    return seeds.filter(lambda m: abs(np.linalg.det(m)) > 0.5).map(
        lambda m: gen.orthogonal(d, m) + 0.0
    )


def rotated(eigenvalues: Sequence[float], seed: int) -> np.ndarray:
    """Q diag(λ) Qᵀ for a fixed random orthogonal Q: a symmetric matrix with known eigenvalues."""
    d = len(eigenvalues)
    Q = gen.orthogonal(d, np.random.default_rng(seed).normal(size=(d, d)))
    C = Q @ np.diag(eigenvalues) @ Q.T
    return (C + C.T) / 2


# ----------------------------------------------------------------------------- inputs


@st.composite
def points(draw: st.DrawFn) -> tuple[np.ndarray]:
    """(X,) with n ≠ d, so a mean over the wrong axis cannot have the right shape by luck."""
    d = draw(st.integers(2, 4))
    n = draw(st.integers(2, 6).filter(lambda n: n != d))
    return (draw(gen.readable_arrays((n, d))),)


@st.composite
def centered(draw: st.DrawFn, low: int = 2) -> np.ndarray:
    """Centered whole-number data: n − 1 drawn rows and a last row that makes each column sum 0."""
    d = draw(st.integers(2, 4))
    n = draw(st.integers(max(low, 2), 6).filter(lambda n: n != d))
    rows = draw(
        st.lists(
            st.lists(st.integers(-3, 3), min_size=d, max_size=d), min_size=n - 1, max_size=n - 1
        ).filter(lambda rows: any(any(row) for row in rows))  # not all zeros: nothing to see
    )
    first = np.array(rows, dtype=float).reshape(n - 1, d)
    return np.vstack([first, -first.sum(axis=0, keepdims=True)]) + 0.0  # + 0.0: no -0.0 shown


@st.composite
def symmetric_psd(draw: st.DrawFn) -> tuple[np.ndarray]:
    """(C,) = Q diag(λ) Qᵀ with λ ≥ 0: whole numbers 0…9 (repeats happen) or any float in [0, 9]."""
    d = draw(st.integers(2, 4))
    value = st.one_of(st.integers(0, 9).map(float), st.floats(0.0, 9.0))
    eigenvalues = sorted(draw(st.lists(value, min_size=d, max_size=d)), reverse=True)
    Q = draw(orthogonal_basis(d))
    C = Q @ np.diag(eigenvalues) @ Q.T
    return ((C + C.T) / 2 + 0.0,)


@st.composite
def projection_inputs(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray, int]:
    """(Xc, V, k): centered data, an orthogonal V (not symmetric, so rows ≠ columns), 1 ≤ k ≤ d."""
    Xc = draw(centered())
    d = Xc.shape[1]
    V = draw(orthogonal_basis(d))
    k = draw(st.integers(1, d))
    return Xc, V, k


@st.composite
def pipeline_inputs(draw: st.DrawFn) -> tuple[np.ndarray, int]:
    """(X, k): n points in d ≥ 2 dimensions with well-separated variances, 1 ≤ k ≤ d."""
    X = draw(gen.data_matrix(d_range=(2, 4)))
    k = draw(st.integers(1, X.shape[1]))
    return X, k


# ----------------------------------------------------------------------------- oracles


def descending_eigh(C: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    eigenvalues, V = np.linalg.eigh(C)
    return eigenvalues[::-1], V[:, ::-1]


def sklearn_projection(X: np.ndarray, k: int) -> np.ndarray:
    return PCA(n_components=k).fit_transform(X)


# ----------------------------------------------------------------------------- comparators


def orthonormal_eigenvectors(values) -> Comparator:
    """compare.eigenbasis, plus a sentence when the columns are unit but not orthogonal."""
    inner = eigenbasis(values)

    def compare(expected: Any, got: Any, args: tuple = ()) -> Mismatch | None:
        found = inner(expected, got, args)
        if found is not None and found.message.startswith("gave eigenvectors that span"):
            G = as_array(got)
            if np.linalg.norm(G.T @ G - np.eye(G.shape[1])) > 1e-6:
                found.detail = (
                    "Your columns are not orthogonal (VᵀV ≠ I). np.linalg.eig does not "
                    "orthogonalize the eigenvectors of a repeated eigenvalue; "
                    "np.linalg.eigh does."
                )
        return found

    return compare


def up_to_sign_against_sklearn() -> Comparator:
    inner = columns_up_to_sign(rtol=1e-7, atol=1e-8)

    def compare(expected: Any, got: Any, args: tuple = ()) -> Mismatch | None:
        found = inner(expected, got, args)
        if found is not None and found.message == "gave a wrong answer":
            found.message = (
                "differs from PCA(n_components=k).fit_transform(X), even with each column's "
                "sign flipped to match"
            )
        return found

    return compare


# ----------------------------------------------------------------------------- calls


STEPS = ("center(X)", "covariance(Xc)", "eigen(C)", "project(Xc, V, k)")


class Composed:
    """A learner's four functions composed into pipeline(X, k), so one Call checks the whole PCA.

    Each step's answer is made a float array before the next step gets it, as the step checks
    pass arrays too.
    """

    def __init__(self, inner: Learner) -> None:
        self.inner = inner

    def function(self, signature: str):
        for step in STEPS:
            self.inner.function(step)
        return self.call

    def _array(self, value: Any, step: str) -> np.ndarray:
        try:
            return as_array(value)
        except NotNumeric as exc:
            raise LearnerRaised(TypeError(f"{step} returned {exc}"), self.inner.files) from None

    def call(self, signature: str, X: np.ndarray, k: int) -> Any:
        Xc = self._array(self.inner.call("center(X)", X), "center(X)")
        C = self._array(self.inner.call("covariance(Xc)", Xc), "covariance(Xc)")
        pair = self.inner.call("eigen(C)", C)
        if not isinstance(pair, (tuple, list)) or len(pair) != 2:
            message = "eigen(C) must return a tuple (eigenvalues, V)"
            raise LearnerRaised(TypeError(message), self.inner.files)
        V = self._array(pair[1], "eigen(C)")
        return self.inner.call("project(Xc, V, k)", Xc, V, k)


class _ComposedMistakes(Sequence):
    def __init__(self, mistakes: Sequence[tuple[str, Learner]]) -> None:
        self.mistakes = mistakes

    def __len__(self) -> int:
        return len(self.mistakes)

    def __getitem__(self, i):  # type: ignore[override]
        mistake_id, learner = self.mistakes[i]
        return mistake_id, Composed(learner)


class PipelineCall(Call):
    """A Call on the learner's composed pipeline(X, k) (see Composed)."""

    def run(self, ctx: Context):
        composed = replace(
            ctx, learner=Composed(ctx.learner), mistakes=_ComposedMistakes(ctx.mistakes)
        )
        return super().run(composed)


CHECKS = [
    Call(
        "center(X)",
        inputs=points(),
        expected=lambda X: X - X.mean(axis=0),
        compare=close(**TOLERANCE),
        cases=[(X5,)],
    ),
    Call(
        "covariance(Xc)",
        inputs=st.tuples(centered(low=3)),
        expected=lambda Xc: Xc.T @ Xc / Xc.shape[0],
        compare=close(**TOLERANCE),
        cases=[(XC5,)],
    ),
    Call(
        "eigen(C)",
        inputs=symmetric_psd(),
        expected=descending_eigh,
        compare=tuple_of(
            ("eigenvalues", "V"),
            close(**TOLERANCE),
            orthonormal_eigenvectors(lambda args: np.linalg.eigvalsh(args[0])[::-1]),
        ),
        cases=[
            (C5,),
            (np.diag([1.0, 4.0]),),
            (2.0 * np.eye(2),),
            (3.0 * np.eye(3),),
            (rotated([3.0, 3.0, 1.0], seed=1),),
            (rotated([5.0, 2.0, 2.0, 0.0], seed=2),),
        ],
    ),
    Call(
        "project(Xc, V, k)",
        inputs=projection_inputs(),
        expected=lambda Xc, V, k: Xc @ V[:, :k],
        compare=close(**TOLERANCE),
        cases=[(XC5, V5, 1), (XC5, V5, 2)],
    ),
    PipelineCall(
        "pipeline(X, k)",
        name="whole pipeline against scikit-learn",
        inputs=pipeline_inputs(),
        expected=sklearn_projection,
        compare=up_to_sign_against_sklearn(),
        cases=[(X5, 1), (X5, 2)],
        examples=30,
    ),
]
