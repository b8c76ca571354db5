"""Checks for joint-tables: marginals and both conditionals of a joint table, NaN where a
conditioning event has probability 0."""

import numpy as np
from hypothesis import strategies as st

from mathlings.checker import Call, close, tuple_of


@st.composite
def joint_tables(draw):
    """(P,): an (m, k) table of whole or decimal weights (zeros included) divided by their sum."""
    m, k = draw(st.integers(1, 5)), draw(st.integers(1, 5))
    weight = st.one_of(st.integers(0, 9).map(float), st.floats(0.1, 9.0))
    W = np.array(draw(st.lists(weight, min_size=m * k, max_size=m * k))).reshape(m, k)
    if not W.any():
        W[0, 0] = 1.0
    return (W / W.sum(),)


def sums(P):
    return P.sum(axis=1), P.sum(axis=0)


def rows_normalised(P):
    totals = P.sum(axis=1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(totals > 0, P / np.where(totals > 0, totals, 1.0), np.nan)


def columns_normalised(P):
    return rows_normalised(P.T).T


ZERO_ROW = (np.array([[0.2, 0.3], [0.0, 0.0], [0.1, 0.4]]),)
INDEPENDENT = (np.outer([0.5, 0.3, 0.2], [0.6, 0.4]),)
ONE = (np.array([[1.0]]),)
CASES = [ONE, ZERO_ROW, INDEPENDENT]
NUMBERS = close(rtol=1e-9, atol=1e-12)

CHECKS = [
    Call(
        "marginals(P)",
        inputs=joint_tables(),
        expected=sums,
        compare=tuple_of(("p_x", "p_y"), NUMBERS, NUMBERS),
        cases=CASES,
    ),
    Call("y_given_x(P)", inputs=joint_tables(), expected=rows_normalised, compare=NUMBERS,
         cases=CASES),
    Call("x_given_y(P)", inputs=joint_tables(), expected=columns_normalised, compare=NUMBERS,
         cases=CASES),
]  # fmt: skip
