"""Checks for pca: (components, ratios, Z) against scikit-learn's PCA, each component up to a sign
that Z's matching column must share."""

import numpy as np
from hypothesis import strategies as st
from sklearn.datasets import load_iris
from sklearn.decomposition import PCA

from mathlings.checker import Call, close, tuple_up_to_shared_signs
from mathlings.checker import strategies as gen

IRIS = load_iris().data  # 150 x 4: sepal and petal lengths and widths, in cm


@st.composite
def data_and_k(draw):
    """(X, k) with 1 ≤ k ≤ d and components unique up to sign, shrinking to data a learner can
    redo by hand.

    The spread is a cross: for each axis j a pair of points ±s_j e_j with s = d, d − 1, …, 1 (the
    other rows 0), so the columns are centered and orthogonal with variances 2 s_j² / n, at least
    (1 − ((d − 1)/d)²) apart relative to each other. A small wobble (|entries| ≤ 0.02, too small
    to close the gaps), a shuffle of the rows, a rotation and a whole-number offset make it
    general; each shrinks away (to 0, no shuffle, the identity, 0) when the failure allows.
    """
    d = draw(st.integers(1, 4))
    n = draw(st.integers(max(3, 2 * d), 10))
    spread = np.zeros((n, d))
    for j in range(d):
        spread[2 * j, j], spread[2 * j + 1, j] = d - j, -(d - j)
    wobble = draw(gen.matrices(n, d, 0.02))
    order = draw(st.permutations(range(n)))
    angles = draw(
        st.lists(st.floats(0.0, 3.0), min_size=d * (d - 1) // 2, max_size=d * (d - 1) // 2)
    )
    rotation = np.eye(d)
    pairs = [(a, b) for a in range(d) for b in range(a + 1, d)]
    for (a, b), angle in zip(pairs, angles, strict=True):
        givens = np.eye(d)
        givens[[a, b], [a, b]] = np.cos(angle)
        givens[a, b], givens[b, a] = -np.sin(angle), np.sin(angle)
        rotation = rotation @ givens
    offset = np.array(draw(st.lists(st.integers(-5, 5), min_size=d, max_size=d)), dtype=float)
    X = (spread[order] + wobble) @ rotation.T + offset
    k = draw(st.integers(1, d))
    return (X, k)


def sklearn_pca(X, k):
    model = PCA(n_components=k, svd_solver="full").fit(X)
    return model.components_, model.explained_variance_ratio_, model.transform(X)


CHECKS = [
    Call(
        "pca(X, k)",
        inputs=data_and_k(),
        expected=sklearn_pca,
        compare=tuple_up_to_shared_signs(
            ("components", "ratios", "Z"), [close(rtol=1e-6, atol=1e-8)] * 3, sign_axes=(0, None, 1)
        ),
        cases=[(IRIS, 2), (IRIS, 4)],
    ),
]
