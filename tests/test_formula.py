"""Formula answers: parsed from a whitelist (never evaluated as Python), equal when they are the
same mathematics in any form, and a wrong one comes with a point where the two differ."""

from __future__ import annotations

import re

import pytest

from mathlings.checker import check
from mathlings.checker.formulas import FormulaError, equivalent, parse, same_formula

SYMBOLS = "x w b y"


@pytest.mark.parametrize(
    ("got", "expected"),
    [
        ("2*x*(w*x + b - y)", "2*w*x**2 + 2*b*x - 2*x*y"),
        ("2*x*(x*w+b-y)", "2*x*(w*x + b - y)"),
        ("x^2 * w", "w*x**2"),
        ("sigmoid(w)*(1 - sigmoid(w))", "exp(-w)/(1 + exp(-w))**2"),
        ("log(exp(x))", "x"),
        ("abs(x)", "sqrt(x**2)"),
        ("0.5*x", "x/2"),
        ("1 - tanh(x)**2", "1/cosh(x)**2"),
    ],
)
def test_any_form_of_the_right_formula_passes(got: str, expected: str) -> None:
    assert same_formula(SYMBOLS)(expected, got) is None


@pytest.mark.parametrize(
    ("got", "expected"),
    [
        ("x*(w*x + b - y)", "2*x*(w*x + b - y)"),  # a missing factor 2
        ("2*x*(w*x + b + y)", "2*x*(w*x + b - y)"),  # a dropped sign
        ("sigmoid(w)", "sigmoid(w)*(1 - sigmoid(w))"),
        ("x", "x + 1e-3"),
    ],
)
def test_a_wrong_formula_fails_with_a_point_where_the_two_differ(got: str, expected: str) -> None:
    found = same_formula(SYMBOLS)(expected, got)
    assert found is not None
    assert "is a different formula: at x = " in found.message
    assert found.expected is None  # not revealed unless the drill says so
    assert set(found.inputs or {}) == set(SYMBOLS.split())


def test_reveal_shows_the_right_value_at_that_point() -> None:
    found = same_formula("x", reveal=True)("2*x", "x")
    assert found is not None and "where the right formula gives" in found.message


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("__import__('os').system('true')", "is not part of a formula"),
        ("__import__('os')", "__import__(...) is not a function"),
        ("x.__class__", "is not part of a formula"),
        ("(lambda: 1)()", "is not part of a formula"),
        ("z + x", "z is not a symbol of this drill"),
        ("x ** 10 ** 9", "exponent over"),
        ("2 * (x", "not well formed"),
        ("", "empty"),
        ("x" + " + x" * 150, "more than 400 parts"),
        ("x" + " + x" * 600, "longer than"),
        ("2x + 1", "write a product with *: 2*x"),
        ("3.5sin(x)", "3.5*sin"),
        ("2(x + 1)", "write a product with *: 2*("),
        ("math.exp(x)", "write exp(...), not math.exp(...)"),
        ("x if x else 1", "the functions exp, log"),
    ],
)
def test_anything_but_a_formula_is_refused_with_a_sentence(text: str, says: str) -> None:
    with pytest.raises(FormulaError, match=re.escape(says)):
        parse(text, SYMBOLS.split())


def test_a_number_where_a_formula_is_due_is_told_so() -> None:
    found = same_formula(SYMBOLS)("2*x", 3.0)
    assert found is not None and "is a string" in found.message


def test_a_placeholder_or_another_type_is_told_in_words() -> None:
    from mathlings.checker.wire import Foreign

    with pytest.raises(FormulaError, match="not written yet"):
        parse(..., SYMBOLS.split())
    with pytest.raises(FormulaError, match=r"not an int$"):
        parse(Foreign("int", "3"), SYMBOLS.split())


def test_a_formula_sympy_cannot_settle_is_decided_at_the_points() -> None:
    a = parse("exp(x)*cos(w)**2 + exp(x)*sin(w)**2", SYMBOLS.split())
    b = parse("exp(x)", SYMBOLS.split())
    assert equivalent(a, b, SYMBOLS.split()) is None


CHECK = """
from mathlings.checker.formulas import same_formula
from mathlings.checker.spec import Value

CHECKS = [Value("dL_dw", "2*x*(w*x + b - y)", compare=same_formula("x w b y"))]
"""


@pytest.fixture
def formula_drill(drill_with_checks):
    missing_two = (
        '"""You dropped the factor 2 that the square brings down."""\n\ndL_dw = "x*(w*x + b - y)"\n'
    )
    return drill_with_checks("covariance-identity", CHECK, mistakes={"missing-two": missing_two})


@pytest.mark.parametrize(
    ("answer", "status"),
    [('"2*x*(x*w + b - y)"', "pass"), ('"2*x**2*w + 2*x*(b - y)"', "pass"),
     ('"x*(w*x + b - y)"', "fail"), ("3.0", "fail"), ('"__import__(\'os\')"', "fail")],
)  # fmt: skip
def test_a_formula_answer_through_the_checker(formula_drill, sandbox, tmp_path, answer, status):
    learner = tmp_path / "answer.py"
    learner.write_text(f"dL_dw = {answer}\n")
    verdict = check(formula_drill, file=learner, sandbox=sandbox)
    assert verdict.status == status, verdict.message


def test_a_catalogued_formula_mistake_is_named(formula_drill, sandbox, tmp_path) -> None:
    learner = tmp_path / "answer.py"
    learner.write_text('dL_dw = "(b + w*x - y)*x"\n')
    verdict = check(formula_drill, file=learner, sandbox=sandbox)
    assert verdict.status == "fail"
    assert verdict.diagnosis is not None and verdict.diagnosis.mistake == "missing-two"
    assert "2*x*(w*x" not in str(verdict.to_dict())  # the right formula is not given away
