"""Checks for pca-by-hand: each PCA step on its own inputs, then the whole pipeline against
scikit-learn's PCA."""

from __future__ import annotations

from typing import Any

import numpy as np
from hypothesis import strategies as st
from sklearn.decomposition import PCA

from mathlings.checker import (
    Call,
    Comparator,
    Mismatch,
    Pipeline,
    Stage,
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


def centered_oracle(X: np.ndarray) -> np.ndarray:
    return X - X.mean(axis=0)


def covariance_oracle(Xc: np.ndarray) -> np.ndarray:
    return Xc.T @ Xc / Xc.shape[0]


def projection_oracle(Xc: np.ndarray, V: np.ndarray, k: int) -> np.ndarray:
    return Xc @ V[:, :k]


def descending_eigh(C: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    eigenvalues, V = np.linalg.eigh(C)
    return eigenvalues[::-1], V[:, ::-1]


def sklearn_projection(X: np.ndarray, k: int) -> np.ndarray:
    return PCA(n_components=k).fit_transform(X)


# ----------------------------------------------------------------------------- comparators


EIGEN_COMPARE = tuple_of(
    ("eigenvalues", "V"),
    close(**TOLERANCE),
    eigenbasis(lambda args: np.linalg.eigvalsh(args[0])[::-1]),
)


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

CHECKS = [
    Call(
        "center(X)",
        inputs=points(),
        expected=centered_oracle,
        compare=close(**TOLERANCE),
        cases=[(X5,)],
    ),
    Call(
        "covariance(Xc)",
        inputs=st.tuples(centered(low=3)),
        expected=covariance_oracle,
        compare=close(**TOLERANCE),
        cases=[(XC5,)],
    ),
    Call(
        "eigen(C)",
        inputs=st.tuples(gen.psd_matrices()),
        expected=descending_eigh,
        compare=EIGEN_COMPARE,
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
        expected=projection_oracle,
        compare=close(**TOLERANCE),
        cases=[(XC5, V5, 1), (XC5, V5, 2)],
    ),
    Pipeline(
        "pipeline(X, k)",
        name="whole pipeline against scikit-learn",
        stages=[
            Stage("center(X)", "Xc", centered_oracle, close(**TOLERANCE)),
            Stage("covariance(Xc)", "C", covariance_oracle, close(**TOLERANCE)),
            Stage("eigen(C)", ("eigenvalues", "V"), descending_eigh, EIGEN_COMPARE),
            Stage("project(Xc, V, k)", "Z", projection_oracle, close(**TOLERANCE)),
        ],
        inputs=pipeline_inputs(),
        expected=sklearn_projection,
        compare=up_to_sign_against_sklearn(),
        cases=[(X5, 1), (X5, 2)],
        examples=30,
    ),
]
