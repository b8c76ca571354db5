"""Checks for covariance-identity: covariance(X) against np.cov(X, rowvar=False, bias=True)."""

import numpy as np
from hypothesis import strategies as st

from mathlings.checker import Call, close
from mathlings.checker import strategies as gen


@st.composite
def uncentered_data(draw):
    """(X,): n points (rows) in d dimensions, n ≠ d, each column shifted by a mean of 1 to 9.

    The shift shrinks to 1, not 0, so the smallest counterexamples still have a mean to subtract:
    a constant X = [[1], [1]] (variance 0) is what shows a missing centering.
    """
    d = draw(st.integers(1, 5))
    n = draw(st.integers(2, 7).filter(lambda n: n != d))
    spread = draw(gen.matrices(n, d))
    shift = np.array(draw(st.lists(st.integers(1, 9), min_size=d, max_size=d)), dtype=float)
    return (spread + shift,)


def population_covariance(X):
    d = X.shape[1]
    return np.cov(X, rowvar=False, bias=True).reshape(d, d)  # np.cov gives a number when d = 1


CHECKS = [
    Call(
        "covariance(X)",
        inputs=uncentered_data(),
        expected=population_covariance,
        compare=close(rtol=1e-9, atol=1e-10),
        cases=[
            (np.array([[1.0], [3.0]]),),
            (np.array([[1.0, 2.0], [3.0, 2.0], [5.0, 8.0]]),),
            (np.array([[2.0, 0.0, 1.0], [4.0, 2.0, 1.0]]),),
        ],
    ),
]
