"""Checks for norms: each norm against np.linalg.norm on vectors of many sizes and magnitudes."""

import numpy as np
from hypothesis import strategies as st

from mathlings.checker import Call, close
from mathlings.checker import strategies as gen

TOLERANCE = close(rtol=1e-9, atol=1e-12)
EMPTY = np.zeros(0)


def norm(ord):
    """The oracle: np.linalg.norm(v, ord) as a float, and 0.0 for the empty vector."""

    def expected(v, p=None):
        if v.size == 0:
            return 0.0
        return float(np.linalg.norm(v, p if ord == "p" else ord))

    return expected


def vectors_and_p():
    """(v, p) with p in [1, 8]: p shrinks toward 1, 2, 3, ... so a counterexample stays readable."""
    p = st.one_of(st.integers(1, 8).map(float), st.floats(1.0, 8.0))
    return st.tuples(gen.scaled_vectors(), p)


ONE_SIGNED = [(np.array([-3.0]),), (np.array([3.0, -4.0]),), (np.array([-1.0, -5.0, 2.0]),)]

CHECKS = [
    Call(
        "l1(v)",
        inputs=st.tuples(gen.scaled_vectors()),
        expected=norm(1),
        compare=TOLERANCE,
        cases=[(EMPTY,), *ONE_SIGNED],
    ),
    Call(
        "l2(v)",
        inputs=st.tuples(gen.scaled_vectors()),
        expected=norm(2),
        compare=TOLERANCE,
        cases=[(EMPTY,), *ONE_SIGNED],
    ),
    Call(
        "linf(v)",
        inputs=st.tuples(gen.scaled_vectors()),
        expected=norm(np.inf),
        compare=TOLERANCE,
        cases=[(EMPTY,), *ONE_SIGNED],
    ),
    Call(
        "lp(v, p)",
        inputs=vectors_and_p(),
        expected=norm("p"),
        compare=TOLERANCE,
        cases=[
            (EMPTY, 2.0),
            (np.array([3.0, -4.0]), 2.0),
            (np.array([-1.0, 2.0]), 3.0),
            (np.array([-1.0, 2.0]), 1.5),
            (np.array([1.0, 1.0, 1.0, 1.0]), 1.0),
        ],
    ),
]
