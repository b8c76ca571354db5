"""The human view of a verdict: marks where colour is missing, numbers that can be told apart."""

from __future__ import annotations

from mathlings.checker.verdict import Counterexample, Diagnosis, Verdict
from mathlings.render import digits_to_tell_apart, value_text, verdict_text


def test_wrong_entries_are_marked_with_a_star_as_well_as_colour() -> None:
    text = value_text([[1.0, 2.0], [3.0, 4.0]], wrong=[[1, 0]]).plain
    assert "3.0*" in text and "4.0*" not in text


def test_numbers_that_differ_past_six_digits_are_printed_exactly() -> None:
    assert digits_to_tell_apart([1.0000001], [1.0000002]) is None
    assert digits_to_tell_apart([1.5], [2.5]) == 6


def test_a_failing_verdict_reads_as_sentences_with_the_smallest_input() -> None:
    verdict = Verdict(
        drill="demo",
        status="fail",
        message="f(x) gave a wrong answer",
        diagnosis=Diagnosis("off-by-two", "Your answer is off by a factor 2."),
        counterexample=Counterexample(
            call="f(x)", inputs={"x": [0.1]}, expected=1.0, got=2.0, wrong=[[]], shrunk=True
        ),
    )
    text = verdict_text(verdict)
    assert "Known mistake: Your answer is off by a factor 2." in text
    assert "Smallest failing input for f(x):" in text
    assert "x = [0.1]" in text and "expected = 1.0" in text and "got      = 2.0*" in text


def test_an_empty_array_is_shown_so_its_shape_can_be_typed_back() -> None:
    import numpy as np

    from mathlings.checker.values import to_jsonable

    assert to_jsonable(np.zeros((0, 3))) == "np.zeros((0, 3))"
    assert to_jsonable(np.zeros(0)) == "np.zeros((0,))"
    assert to_jsonable(np.zeros((2, 0), dtype=np.int64)) == "np.zeros((2, 0), dtype=int64)"
    assert to_jsonable(np.zeros((1, 2))) == [[0.0, 0.0]]
