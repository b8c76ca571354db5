"""Checks for expectation-variance: E[X], Var[X] of a pmf and the sample variance (1/n or
1/(n − 1)) against the formulas summed exactly with math.fsum."""

import math

import numpy as np
from hypothesis import strategies as st

from mathlings.checker import Call, Raises, close_relative_to
from mathlings.checker import strategies as gen

NUMBER = st.one_of(
    st.integers(-9, 9).map(float),
    st.floats(-100, 100, allow_nan=False, allow_infinity=False),
)


@st.composite
def distributions(draw):
    """(values, probs): 1 to 6 values in [−100, 100], probabilities from whole or decimal
    weights, zeros allowed (a value that never happens must not count)."""
    probs = draw(gen.probability_vectors(low=1, high=6, zeros=True))
    values = np.array(draw(st.lists(NUMBER, min_size=len(probs), max_size=len(probs))))
    return values, probs


@st.composite
def samples(draw):
    """(x, unbiased): 0 to 12 numbers, either divisor."""
    x = np.array(draw(st.lists(NUMBER, min_size=0, max_size=12)), dtype=float)
    return x, draw(st.booleans())


def mean(values, probs):
    return math.fsum(values * probs)


def spread(values, probs):
    mu = mean(values, probs)
    return math.fsum(probs * (values - mu) ** 2)


def sample_spread(x, unbiased=True):
    n = len(x)
    if n == 0 or (unbiased and n == 1):
        return Raises(ValueError, "the task defines no sample variance for this n")
    x_bar = math.fsum(x) / n
    return math.fsum((x - x_bar) ** 2) / (n - 1 if unbiased else n)


def largest_value(args):
    return float(np.max(np.abs(args[0]))) if len(args[0]) else 0.0


def second_moment(args):
    return math.fsum(args[1] * args[0] ** 2)


def sample_second_moment(args):
    return math.fsum(args[0] ** 2) / max(len(args[0]), 1)


COIN = (np.array([0.0, 1.0]), np.array([0.5, 0.5]))
POINT_MASS = (np.array([4.0]), np.array([1.0]))
NEVER = (np.array([-3.0, 2.0, 7.0]), np.array([0.0, 0.25, 0.75]))

CHECKS = [
    Call(
        "expectation(values, probs)",
        inputs=distributions(),
        expected=mean,
        compare=close_relative_to(largest_value, "max|xᵢ|", 1e-9, atol=1e-12),
        cases=[POINT_MASS, COIN, NEVER],
    ),
    Call(
        "variance(values, probs)",
        inputs=distributions(),
        expected=spread,
        compare=close_relative_to(second_moment, "E[X²]", 1e-9, atol=1e-12),
        cases=[POINT_MASS, COIN, NEVER],
    ),
    Call(
        "sample_variance(x, unbiased)",
        inputs=samples(),
        expected=sample_spread,
        compare=close_relative_to(sample_second_moment, "the mean of xᵢ²", 1e-9, atol=1e-12),
        cases=[
            (np.array([1.0, 3.0]), True),
            (np.array([1.0, 3.0]), False),
            (np.array([5.0]), False),
            (np.array([5.0]), True),
            (np.zeros(0), False),
        ],
    ),
]
