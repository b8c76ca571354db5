"""Checks for bayes: P(D | +) and P(D | −) against Bayes' rule in exact rational arithmetic."""

from fractions import Fraction

from hypothesis import strategies as st

from mathlings.checker import Call, Raises, close

UNIT = st.one_of(
    st.sampled_from([0.0, 1.0, 0.5, 0.9, 0.99, 0.95]),
    st.floats(0.0, 1.0, allow_nan=False),
)
PREVALENCE = st.one_of(UNIT, st.floats(1e-6, 1e-2))


def tests():
    return st.tuples(PREVALENCE, UNIT, UNIT)


def _bayes(prior: Fraction, hit: Fraction, false_alarm: Fraction) -> Fraction | None:
    evidence = hit * prior + false_alarm * (1 - prior)
    return None if evidence == 0 else hit * prior / evidence


def given_positive(prevalence, sensitivity, specificity):
    p, se, sp = (Fraction(x) for x in (prevalence, sensitivity, specificity))
    answer = _bayes(p, se, 1 - sp)
    return Raises(ValueError, "P(+) = 0") if answer is None else float(answer)


def given_negative(prevalence, sensitivity, specificity):
    p, se, sp = (Fraction(x) for x in (prevalence, sensitivity, specificity))
    answer = _bayes(p, 1 - se, sp)
    return Raises(ValueError, "P(−) = 0") if answer is None else float(answer)


CASES = [
    (0.001, 0.99, 0.95),  # rare, good test: P(D | +) ≈ 0.019
    (0.3, 1.0, 1.0),  # a perfect test
    (0.2, 0.7, 0.3),  # useless: sensitivity = 1 − specificity, the posterior is the prior
    (0.0, 0.9, 1.0),  # P(+) = 0
    (1.0, 1.0, 0.5),  # P(−) = 0
]
NUMBER = close(rtol=1e-9, atol=1e-12)

CHECKS = [
    Call("posterior(prevalence, sensitivity, specificity)", inputs=tests(),
         expected=given_positive, compare=NUMBER, cases=CASES),
    Call("posterior_negative(prevalence, sensitivity, specificity)", inputs=tests(),
         expected=given_negative, compare=NUMBER, cases=CASES),
]  # fmt: skip
