"""Checks for pca-by-hand: each PCA step on its own inputs, then the whole pipeline against
scikit-learn's PCA."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import numpy as np
from hypothesis import strategies as st
from sklearn.decomposition import PCA

from mathlings.checker import (
    Call,
    Comparator,
    Context,
    Learner,
    LearnerRaised,
    Mismatch,
    NotNumeric,
    as_array,
    close,
    columns_up_to_sign,
    eigenbasis,
    tuple_of,
)
from mathlings.checker import strategies as gen

TOLERANCE = {"rtol": 1e-8, "atol": 1e-10}

# The 5-point dataset of the task: mean (4, 3), C = [[4, 3], [3, 4]], eigenvalues 7 and 1.
X5 = np.array([[1.0, 0.0], [3.0, 3.0], [4.0, 2.0], [5.0, 6.0], [7.0, 4.0]])
XC5 = X5 - X5.mean(axis=0)
C5 = XC5.T @ XC5 / 5
V5 = np.array([[1.0, -1.0], [1.0, 1.0]]) / np.sqrt(2.0)


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
def projection_inputs(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray, int]:
    """(Xc, V, k): centered data, an orthogonal V (not symmetric, so rows ≠ columns), 1 ≤ k ≤ d."""
    Xc = draw(centered())
    d = Xc.shape[1]
    V = draw(gen.orthogonal_matrices(d))
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
        inputs=st.tuples(gen.psd_matrices()),
        expected=descending_eigh,
        compare=tuple_of(
            ("eigenvalues", "V"),
            close(**TOLERANCE),
            eigenbasis(lambda args: np.linalg.eigvalsh(args[0])[::-1]),
        ),
        cases=[
            (C5,),
            (np.diag([1.0, 4.0]),),
            (2.0 * np.eye(2),),
            (3.0 * np.eye(3),),
            (gen.symmetric_with_eigenvalues([3.0, 3.0, 1.0], seed=1),),
            (gen.symmetric_with_eigenvalues([5.0, 2.0, 2.0, 0.0], seed=2),),
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
