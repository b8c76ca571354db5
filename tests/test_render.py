"""The human view of a verdict: marks where colour is missing, numbers that can be told apart."""

from __future__ import annotations

import io
import re

import pytest
from markdown_it import MarkdownIt
from rich.console import Console

from mathlings.catalog import load_course
from mathlings.checker.verdict import Counterexample, Diagnosis, Verdict
from mathlings.render import digits_to_tell_apart, lesson_renderable, value_text, verdict_text

COURSE = load_course()
# Every text a learner reads in the terminal: each lesson, each task, each hint at each level.
COURSE_TEXTS = {
    **{f"lesson {t.id}": t.lesson for t in COURSE.topics.values()},
    **{f"task {d.id}": d.task for d in COURSE.drills.values()},
    **{
        f"hint {level} {d.id}": hint
        for d in COURSE.drills.values()
        for level, hint in enumerate(d.hints, 1)
    },
}
ANSI = re.compile(r"\x1b\[[0-9;]*m")


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


def test_complex_numbers_show_as_a_plus_bi_and_real_ones_computed_as_complex_as_reals() -> None:
    import numpy as np

    from mathlings.checker.values import to_jsonable

    assert to_jsonable(np.array([1 - 2j, 3 + 0j])) == ["1-2i", "3+0i"]
    # np.linalg.eig of a symmetric matrix can answer in complex dtype with zero imaginary parts
    assert to_jsonable(np.array([3 + 0j, 1 + 0j])) == [3.0, 1.0]
    assert to_jsonable(np.linalg.eigvals(np.array([[0.0, -1.0], [1.0, 0.0]]))) == ["0+1i", "0-1i"]


def code_in(markdown: str) -> tuple[list[str], list[str]]:
    """The code blocks and the inline code spans of a Markdown text, as its author wrote them."""
    blocks, spans = [], []
    for token in MarkdownIt("commonmark").parse(markdown):
        if token.type in ("fence", "code_block"):
            blocks.append(token.content.rstrip("\n"))
        for child in token.children or []:
            if child.type == "code_inline":
                spans.append(child.content)
    return blocks, spans


def rendered(markdown: str, colour: bool = False, width: int = 100) -> str:
    out = io.StringIO()
    console = Console(
        file=out, width=width, force_terminal=colour, color_system="standard" if colour else None
    )
    console.print(lesson_renderable(markdown))
    return out.getvalue()


def shown_as_block(block: str, text: str) -> bool:
    """Whether the block's lines appear one under the other, each whole, under a common indent."""
    want = block.splitlines()
    lines = [line.rstrip() for line in text.splitlines()]
    for i in range(len(lines) - len(want) + 1):
        indent = lines[i][: len(lines[i]) - len(want[0].rstrip())]
        if not indent.strip() and all(
            lines[i + j] == (indent + w).rstrip() for j, w in enumerate(want)
        ):
            return True
    return False


def test_the_course_has_code_blocks_in_its_hints() -> None:
    assert any(code_in(text)[0] for name, text in COURSE_TEXTS.items() if name.startswith("hint"))


@pytest.mark.parametrize("name", list(COURSE_TEXTS))
def test_code_blocks_and_inline_code_are_shown_as_written(name: str) -> None:
    markdown = COURSE_TEXTS[name]
    text = rendered(markdown)
    blocks, spans = code_in(markdown)
    for block in blocks:
        assert shown_as_block(block, text), f"this code block is not shown as written:\n{block}"
    flowing = " ".join(text.split())
    for span in spans:
        assert " ".join(span.split()) in flowing, f"`{span}` is not shown as written"


def test_code_is_highlighted_with_colour_and_plain_without() -> None:
    hint = COURSE.drill("pca-paper").hints[-1]
    # a code line with ** in it: Markdown would take it for bold and print "2**0.5" as "20.5"
    starred = next(line for line in str(hint).splitlines() if "**" in line and "=" in line)
    coloured, plain = rendered(hint, colour=True), rendered(hint, colour=False)
    assert ANSI.search(coloured) and not ANSI.search(plain)
    for text in (ANSI.sub("", coloured), plain):
        assert starred.strip() in text
        assert "```" not in text


def test_rendered_course_text_has_no_trailing_spaces() -> None:
    text = rendered(COURSE.topic("eigenvalues").lesson)
    assert all(line == line.rstrip() for line in text.splitlines())


def test_a_list_that_is_not_an_array_is_written_as_python() -> None:
    assert value_text([["add", 0, 0], ["mul", 1, 0]]).plain == "[['add', 0, 0], ['mul', 1, 0]]"
    assert value_text([-1.0, [0.5]]).plain == "[-1.0, [0.5]]"
    assert value_text([1.0, "nan"]).plain == "[1.0 nan]"


def test_the_same_answer_twice_is_told_apart_from_two_answers_without_raising() -> None:
    """The "same seed, same answer" checks compared with !=, which raises on two arrays: a
    correct interval returned as an array (the task allows it) was "a bug in mathlings"."""
    import numpy as np

    from mathlings.checker import identical

    assert identical(np.array([0.1, 0.3]), np.array([0.1, 0.3]))
    assert identical((0.1, 0.3), np.array([0.1, 0.3])) and identical(np.nan, float("nan"))
    assert not identical(np.array([0.1, 0.3]), np.array([0.1, 0.30000001]))
    assert not identical(np.array([0.1]), np.array([0.1, 0.1]))
    assert identical("p", "p") and not identical([0.1, "x"], [0.1, "y"])
