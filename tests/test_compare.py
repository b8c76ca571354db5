"""Comparators accept every correct answer the math allows and say what differs otherwise."""

from __future__ import annotations

import numpy as np
import pytest

from mathlings.checker.compare import (
    close,
    columns_up_to_sign,
    eigenbasis,
    exact,
    fields,
    formula,
    tuple_of,
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
