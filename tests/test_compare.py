"""Comparators accept every correct answer the math allows and say what differs otherwise."""

from __future__ import annotations

import numpy as np
import pytest

from mathlings.checker import (
    Mismatch,
    close,
    close_relative_to,
    column_span,
    columns_up_to_sign,
    eigenbasis,
    exact,
    fields,
    formula,
    parts,
    satisfies,
    shown,
    sign_free_distance,
    tuple_of,
    tuple_up_to_shared_signs,
)


def test_close_accepts_float_noise_and_states_its_tolerance() -> None:
    expected = np.array([[1.0, 2.0], [3.0, 4.0]])
    assert close()(expected, expected + 1e-13, ()) is None
    mismatch = close()(expected, expected + np.array([[0, 0], [0, 1e-3]]), ())
    assert mismatch is not None
    assert mismatch.wrong == [[1, 1]]
    assert "1e-09" in (mismatch.tolerance or "")


def test_close_accepts_an_expected_zero_without_demanding_exact_equality() -> None:
    assert close()(np.zeros(3), np.full(3, 1e-14), ()) is None


def test_close_checks_the_shape_first_and_says_how_to_fix_it() -> None:
    mismatch = close()(np.zeros(3), np.zeros((3, 1)), ())
    assert mismatch is not None
    assert "shape (3, 1)" in mismatch.message
    assert ".ravel()" in (mismatch.detail or "")
    transposed = close()(np.zeros((2, 3)), np.zeros((3, 2)), ())
    assert transposed is not None and "transposed" in (transposed.detail or "")


def test_a_column_vector_passes_where_the_task_allows_both_shapes() -> None:
    assert close(allow_column=True)(np.arange(3.0), np.arange(3.0).reshape(3, 1), ()) is None


def test_lists_tuples_and_numpy_scalars_are_fine_answers() -> None:
    assert close()([[1.0, 2.0]], [[1, 2]], ()) is None
    assert close()(2.0, np.float64(2.0), ()) is None


def test_nan_where_a_number_is_expected_is_wrong_and_marked() -> None:
    mismatch = close()(np.array([1.0, 2.0]), np.array([1.0, np.nan]), ())
    assert mismatch is not None and mismatch.wrong == [[1]]


def test_non_numeric_answers_are_named() -> None:
    mismatch = close()(1.0, "one", ())
    assert mismatch is not None and "str" in mismatch.message


def test_eigenvector_columns_pass_with_either_sign() -> None:
    V = np.array([[0.6, -0.8], [0.8, 0.6]])
    assert columns_up_to_sign()(V, V * [-1.0, 1.0], ()) is None
    assert columns_up_to_sign()(V, V[:, ::-1], ()) is not None


def test_any_orthonormal_basis_of_a_repeated_eigenvalue_passes() -> None:
    eigenvalues = np.array([2.0, 2.0, 1.0])
    expected = np.eye(3)
    c, s = np.cos(0.3), np.sin(0.3)
    rotated = np.array([[c, -s, 0.0], [s, c, 0.0], [0.0, 0.0, -1.0]])
    compare = eigenbasis(lambda args: eigenvalues)
    assert compare(expected, rotated, ()) is None
    mixed = np.array([[c, 0.0, -s], [0.0, 1.0, 0.0], [s, 0.0, c]])  # mixes in another eigenspace
    assert compare(expected, mixed, ()) is not None


def test_eigenvectors_that_are_not_unit_are_told_so() -> None:
    mismatch = eigenbasis(lambda args: np.array([2.0, 1.0]))(np.eye(2), 2 * np.eye(2), ())
    assert mismatch is not None and "unit" in mismatch.message


def test_dict_answers_name_the_key_that_is_wrong() -> None:
    compare = fields(W=close(), b=close())
    assert compare({"W": 1.0, "b": 2.0}, {"W": 1.0, "b": 2.0}, ()) is None
    wrong = compare({"W": 1.0, "b": 2.0}, {"W": 1.0, "b": 3.0}, ())
    assert wrong is not None and wrong.where == ["b"]
    missing = compare({"W": 1.0, "b": 2.0}, {"W": 1.0}, ())
    assert missing is not None and "'b'" in missing.message


def test_tuple_answers_name_the_position_that_is_wrong() -> None:
    compare = tuple_of(("dw", "db"), close(), close())
    wrong = compare((np.zeros(2), 0.0), (np.zeros(2), 1.0), ())
    assert wrong is not None and wrong.where == ["db"]
    assert compare((np.zeros(2), 0.0), np.zeros(2), ()) is not None


@pytest.mark.parametrize(("expected", "got", "ok"), [(3, 3, True), (3, 4, False), (1, True, False)])
def test_exact_is_plain_equality_and_a_bool_is_not_a_number(expected, got, ok) -> None:
    assert (exact()(expected, got, ()) is None) == ok


@pytest.mark.parametrize(
    ("got", "ok"),
    [
        ("2*x**2 + 2*x", True),
        ("2*x*(x + 1)", True),
        ("2*(x + 1)*x + 0*y", True),
        ("sqrt(x**2)*(2*x + 2)", False),  # right only for positive x
        ("2*x**2 + x", False),
        ("2*x*(x + 1) + z", False),  # a symbol the formula is not a function of
        ("2*x*(", False),
    ],
)
def test_formulas_are_compared_as_functions_across_signs(got, ok) -> None:
    mismatch = formula("x", "y")("2*x*(x + 1)", got, ())
    assert (mismatch is None) == ok, mismatch


def test_a_formula_mismatch_says_where_it_differs() -> None:
    mismatch = formula("x")("2*x", "x**2", ())
    assert mismatch is not None and "at x = " in mismatch.message


def test_a_formula_is_never_run_as_python(tmp_path) -> None:
    # sympy.parse_expr would eval this in the judge, where the oracle's answers are
    marker = tmp_path / "ran"
    got = f"__import__('os').system('touch {marker}')"
    assert formula("x")("2*x", got, ()) is not None
    assert not marker.exists()


def test_eigenvectors_that_are_not_orthogonal_are_told_so() -> None:
    values = np.array([2.0, 2.0])
    skewed = np.array([[1.0, np.sqrt(0.5)], [0.0, np.sqrt(0.5)]])
    mismatch = eigenbasis(lambda args: values)(np.eye(2), skewed, ())
    assert mismatch is not None and "not orthogonal" in (mismatch.detail or "")


def test_a_component_whose_sign_is_out_of_step_is_named() -> None:
    compare = tuple_up_to_shared_signs(("W", "Z"), [close(), close()], sign_axes=(0, 1))
    W, Z = np.eye(2), np.array([[1.0, 2.0], [3.0, 4.0]])
    assert compare((W, Z), (-W, -Z), ()) is None  # both flipped together: right
    mismatch = compare((W, Z), (W, Z * [1.0, -1.0]), ())
    assert mismatch is not None and mismatch.where == ["Z"]
    assert "Column(s) 2 (index [1] in code) of Z have the opposite sign" in (mismatch.detail or "")


def test_a_tolerance_can_scale_with_an_input_and_says_so() -> None:
    compare = close_relative_to(lambda args: np.linalg.norm(args[0]), "‖A‖", 1e-6)
    A = np.full((2, 2), 1e6)  # ‖A‖ = 2e6: an error of 1 is within 1e-6·‖A‖ = 2
    assert compare(0.0, 1.0, (A,)) is None
    mismatch = compare(0.0, 3.0, (A,))
    assert mismatch is not None and mismatch.tolerance == "‖got − expected‖ ≤ 1e-06·‖A‖ = 2"


def null_residual(args, N):
    """‖A N‖ relative to ‖A‖‖N‖, or a sentence for a zero column."""
    (A,) = args
    if not np.linalg.norm(N, axis=0).all():
        return "returned a zero column"
    return float(np.linalg.norm(A @ N) / (np.linalg.norm(A) * np.linalg.norm(N)))


A_RANK_1 = np.array([[1.0, 1.0], [2.0, 2.0]])
IN_NULL = np.array([[1.0], [-1.0]]) / np.sqrt(2.0)


def test_a_property_answer_passes_for_any_answer_with_the_property() -> None:
    compare = satisfies(null_residual, 1e-9, what="‖AN‖ / ‖A‖‖N‖")
    assert compare(IN_NULL, IN_NULL, (A_RANK_1,)) is None
    assert compare(IN_NULL, -3.0 * IN_NULL, (A_RANK_1,)) is None  # another basis of null(A)
    mismatch = compare(IN_NULL, np.array([[1.0], [0.0]]), (A_RANK_1,))
    assert mismatch is not None
    assert mismatch.message == "does not have the property: ‖AN‖ / ‖A‖‖N‖ is 0.707, above 1e-09"
    assert mismatch.tolerance == "‖AN‖ / ‖A‖‖N‖ ≤ 1e-09" and mismatch.wrong == [[0, 0], [1, 0]]


def test_a_property_answer_says_how_it_fails_and_checks_the_shape_first() -> None:
    compare = satisfies(null_residual, 1e-9, what="‖AN‖ / ‖A‖‖N‖")
    zero = compare(IN_NULL, np.zeros((2, 1)), (A_RANK_1,))
    assert zero is not None and zero.message == "returned a zero column"
    flat = compare(IN_NULL, IN_NULL.ravel(), (A_RANK_1,))
    assert flat is not None and "shape (2,)" in flat.message


def test_a_residual_may_name_a_mistake_and_an_alike_answer_passes_unmeasured() -> None:
    def named(args, N):
        return Mismatch("is off", mistake="the-mistake") if N[0, 0] > 0.9 else None

    compare = satisfies(named, alike=column_span())
    assert compare(IN_NULL, 5.0 * IN_NULL, (A_RANK_1,)) is None  # the same span
    mismatch = compare(IN_NULL, np.array([[1.0], [0.0]]), (A_RANK_1,))
    assert mismatch is not None and mismatch.mistake == "the-mistake"


def test_a_known_mistakes_answer_without_the_property_agrees_only_with_itself() -> None:
    compare = satisfies(null_residual, 1e-9, what="‖AN‖ / ‖A‖‖N‖")
    wrong = np.array([[1.0], [0.0]])  # a mistake's answer, where the oracle's would be
    assert compare(wrong, wrong, (A_RANK_1,)) is None
    assert compare(wrong, IN_NULL, (A_RANK_1,)) is not None  # a right answer is not that mistake


def test_tuple_parts_come_back_as_arrays_or_say_what_is_wrong() -> None:
    lam, v = parts((2, [[1.0], [0.0]]), ("lam", "v"), ((), (2,)))
    assert lam.shape == () and v.shape == (2,)
    A, B = parts(np.zeros((2, 2, 2)), ("A", "B"), ((2, 2), (2, 2)))  # an array for a pair
    assert A.shape == B.shape == (2, 2)
    assert parts(3.0, ("lam", "v")) == "returned float; expected a tuple (lam, v)"
    assert parts((1.0, "x"), ("lam", "v")) == (
        "returned v as a str, which is not an array of numbers"
    )
    assert parts((1.0, np.zeros(3)), ("lam", "v"), ((), (2,))) == (
        "returned v of shape (3,); expected shape (2,)"
    )
    assert parts((np.zeros(2), 1.0), ("lam", "v"), ((), None)) == (
        "returned lam of shape (2,); expected a number"
    )
    assert parts((np.inf, 1.0), ("a", "b"), finite=True) == "returned a with inf or nan"


def test_numbers_are_shown_short_for_a_sentence() -> None:
    assert shown(2.0) == "2"
    assert shown(np.array([0.6, 1 / 3])) == "(0.6, 0.3333)"
    assert shown(np.array([[0.0, -1.0], [1.0, 0.0]])) == "[[0, -1], [1, 0]]"
    assert sign_free_distance(np.array([1.0, 0.0]), np.array([-1.0, 0.0])) == 0.0


def test_equal_infinities_are_equal_and_an_infinity_is_not_a_number() -> None:
    inf = float("inf")
    assert close()(np.array([1.0, inf, -inf]), np.array([1.0, inf, -inf]), ()) is None
    assert close()(np.array([1.0, inf]), np.array([1.0, -inf]), ()) is not None
    assert close()(np.array([1.0, inf]), np.array([1.0, 1e300]), ()) is not None


def test_an_infinite_answer_can_be_right_with_no_relative_tolerance() -> None:
    inf = float("inf")
    assert close(rtol=0.0, atol=1e-12)(inf, inf, ()) is None
    assert close(rtol=0.0, atol=1e-12)(np.array([inf, 1.0]), np.array([inf, 1.0]), ()) is None
    assert close(rtol=0.0, atol=1e-12)(inf, 1e308, ()) is not None


@pytest.mark.parametrize(
    ("got", "expected", "hint"),
    [
        ((3, 1), (3,), "Return a flat 1-D array"),
        ((1, 3), (3, 1), "It looks transposed"),
        ((1,), (), "Return a plain number"),
        ((2, 1), (1, 2), "It looks transposed"),
        ((1,), (1, 1), None),  # a 1 x 1 Jacobian as (1,) may be the diagonal of an n x n one
        ((3,), (3, 3), None),
    ],
)
def test_a_shape_hint_is_given_only_where_the_fix_is_certain(got, expected, hint) -> None:
    from mathlings.checker import shape_hint

    said = shape_hint(got, expected)
    assert said is None if hint is None else said is not None and said.startswith(hint)
