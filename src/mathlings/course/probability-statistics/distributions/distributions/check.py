"""Checks for distributions: the five pmfs/pdfs against scipy.stats, across their parameter
ranges and at their extremes, to a relative 1e-9 (far tails included)."""

from hypothesis import strategies as st

from mathlings.checker import Call, close

PROBABILITY = st.one_of(st.sampled_from([0.0, 1.0, 0.5]), st.floats(0.0, 1.0))
VALUE = close(rtol=1e-9, atol=1e-300)


@st.composite
def binomial_args(draw):
    n = draw(st.one_of(st.integers(0, 30), st.integers(0, 10_000), st.just(10_000)))
    k = draw(st.integers(-2, n + 2))
    return k, n, draw(PROBABILITY)


@st.composite
def poisson_args(draw):
    lam = draw(st.one_of(st.floats(1e-3, 20.0), st.floats(1e-3, 1000.0), st.just(1000.0)))
    k = draw(st.one_of(st.integers(-2, 40), st.integers(0, 5000)))
    return k, lam


def gaussian_args():
    return st.tuples(
        st.floats(-1000, 1000),
        st.floats(-1000, 1000),
        st.one_of(st.floats(1e-3, 1e3), st.sampled_from([1e-3, 1.0, 1e3])),
    )


@st.composite
def uniform_args(draw):
    a = draw(st.floats(-100, 100))
    b = a + draw(st.floats(1e-3, 100))
    x = draw(st.one_of(st.sampled_from([a, b]), st.floats(a - 10, b + 10)))
    return x, a, b


def bernoulli(k, p):
    from scipy.stats import bernoulli as law

    return float(law.pmf(k, p))


def binomial(k, n, p):
    from scipy.stats import binom

    return float(binom.pmf(k, n, p))


def poisson(k, lam):
    from scipy.stats import poisson as law

    return float(law.pmf(k, lam))


def gaussian(x, mu, sigma):
    from scipy.stats import norm

    return float(norm.pdf(x, loc=mu, scale=sigma))


def uniform(x, a, b):
    from scipy.stats import uniform as law

    return float(law.pdf(x, loc=a, scale=b - a))


CHECKS = [
    Call("bernoulli_pmf(k, p)", inputs=st.tuples(st.integers(-1, 2), PROBABILITY),
         expected=bernoulli, compare=VALUE, cases=[(0, 0.0), (1, 1.0), (1, 0.3), (2, 0.5)]),
    Call("binomial_pmf(k, n, p)", inputs=binomial_args(), expected=binomial, compare=VALUE,
         cases=[(0, 0, 0.5), (0, 10, 0.0), (10, 10, 1.0), (3, 10, 0.0), (5000, 10_000, 0.5),
                (9_000, 10_000, 0.5), (-1, 5, 0.5), (6, 5, 0.5)]),
    Call("poisson_pmf(k, lam)", inputs=poisson_args(), expected=poisson, compare=VALUE,
         cases=[(0, 1.0), (3, 2.5), (1000, 1000.0), (1500, 1000.0), (300, 1000.0), (-1, 3.0)]),
    Call("gaussian_pdf(x, mu, sigma)", inputs=gaussian_args(), expected=gaussian,
         compare=VALUE, cases=[(0.0, 0.0, 1.0), (1.0, 0.0, 1e-3), (0.002, 0.0, 1e-3)]),
    Call("uniform_pdf(x, a, b)", inputs=uniform_args(), expected=uniform, compare=VALUE,
         cases=[(0.0, 0.0, 1.0), (1.0, 0.0, 1.0), (1.5, 0.0, 1.0), (-0.1, 0.0, 2.0)]),
]  # fmt: skip
