"""Renders verdicts, progress and lessons for people: the terminal, plain text and Jupyter.

Every view is built from the same data (a Verdict, a progress summary); colour is an extra, never
the only signal, so a wrong entry is also marked with `*` where there is no colour.
"""

from __future__ import annotations

import html
import io
import math
from collections.abc import Iterable
from typing import Any

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.padding import Padding
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text

from mathlings.checker.verdict import Verdict

MARKS = {"pass": "✓", "fail": "✗", "error": "!", "timeout": "⏱", "rule": "⊘"}
STYLES = {"pass": "green", "fail": "red", "error": "red", "timeout": "yellow", "rule": "magenta"}
MAX_ENTRIES = 64


def _number(x: Any, digits: int | None = 6) -> str:
    """A number for people: `digits` significant digits, or exactly (the shortest repr) if None."""
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return str(x)
    if isinstance(x, float) and math.isfinite(x) and x == int(x) and abs(x) < 1e15:
        return f"{x:.1f}"
    return repr(x) if digits is None else f"{x:.{digits}g}"


def _flat(value: Any) -> list[Any]:
    if isinstance(value, list):
        return [x for v in value for x in _flat(v)]
    return [value]


def digits_to_tell_apart(expected: Any, got: Any) -> int | None:
    """6 significant digits, unless expected and got would then print the same (a difference in
    the 8th digit); then print them exactly."""
    e, g = _flat(expected), _flat(got)
    if len(e) == len(g) and e != g and [_number(x) for x in e] == [_number(x) for x in g]:
        return None
    return 6


def _entry(x: Any) -> bool:
    """A number as it arrives from the verdict (inf, nan and complex numbers come as strings)."""
    if isinstance(x, str):
        return x in ("inf", "-inf", "nan") or x.endswith("i")
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def _array_like(value: list, depth: int) -> bool:
    """A vector of numbers, or a matrix of equally long rows of numbers: drawn aligned."""
    if depth == 1:
        return all(_entry(x) for x in value)
    return all(
        isinstance(row, list) and len(row) == len(value[0]) and all(_entry(x) for x in row)
        for row in value
    )


def _python(value: Any, digits: int | None) -> str:
    """Anything else (a program of steps, a tuple of a number and a list) as Python writes it."""
    if isinstance(value, list):
        return "[" + ", ".join(_python(v, digits) for v in value) + "]"
    if isinstance(value, str) and not _entry(value):
        return repr(value)
    return _number(value, digits)


def _depth(value: Any) -> int:
    depth = 0
    while isinstance(value, list) and value:
        value, depth = value[0], depth + 1
    return depth + (1 if isinstance(value, list) else 0)


def value_text(
    value: Any,
    wrong: Iterable[Iterable[int]] | None = None,
    indent: int = 0,
    digits: int | None = 6,
) -> Text:
    """A scalar, vector or matrix as aligned text; entries at `wrong` indices marked red and `*`."""
    marked = {tuple(w) for w in (wrong or [])}
    if isinstance(value, dict):
        text = Text()
        for i, (k, v) in enumerate(value.items()):
            text.append(("\n" + " " * indent if i else "") + f"{k}: ")
            text.append_text(value_text(v, None, indent + len(str(k)) + 2, digits))
        return text
    depth = _depth(value)
    if depth == 0:
        style = "bold red" if () in marked else ""
        return Text(_number(value, digits) + ("*" if () in marked else ""), style=style)
    rows = value if depth == 2 else [value]
    if depth > 2 or not _array_like(value, depth) or sum(len(r) for r in rows) > MAX_ENTRIES:
        return Text(_python(value, digits)[:400])
    cells = [[_number(x, digits) for x in row] for row in rows]
    width = max((len(c) for row in cells for c in row), default=1)
    text = Text()
    for i, row in enumerate(cells):
        text.append(("\n" + " " * indent + " ") if i else "[" if depth == 1 else "[[")
        if depth == 2 and i:
            text.append("[")
        for j, cell in enumerate(row):
            index = (i, j) if depth == 2 else (j,)
            bad = index in marked
            text.append(cell.rjust(width), style="bold red" if bad else "")
            text.append("*" if bad else " " if marked else "")
            if j < len(row) - 1:
                text.append(" ")
        text.append("]")
    if depth == 2:
        text.append("]")
    if depth == 2 and not rows:
        text = Text("[] (no rows)")
    return text


def verdict_renderable(verdict: Verdict) -> RenderableType:
    status = verdict.status
    parts: list[RenderableType] = []
    head = Text()
    head.append(f"{MARKS[status]} {verdict.drill}", style=f"bold {STYLES[status]}")
    head.append(f"  {status}\n", style=STYLES[status])
    head.append(verdict.message)
    parts.append(head)
    if verdict.detail:
        parts.append(Text(verdict.detail, style="italic"))
    if verdict.diagnosis:
        label = "Noticed: " if verdict.diagnosis.generic else "Known mistake: "
        diag = Text(label, style="bold yellow")
        diag.append(verdict.diagnosis.message)
        parts.append(diag)
    example = verdict.counterexample
    if example and (example.inputs or example.expected is not None or example.got is not None):
        lines = Text()
        label = "Smallest failing input" if example.shrunk else "Failing input"
        if example.inputs:
            lines.append(f"{label} for {example.call}:\n", style="bold")
            for name, value in example.inputs.items():  # exactly, so they can be typed back in
                lines.append(f"  {name} = ")
                lines.append_text(value_text(value, None, len(name) + 5, digits=None))
                lines.append("\n")
        digits = digits_to_tell_apart(example.expected, example.got)
        if example.expected is not None:
            lines.append("  expected = ")
            lines.append_text(value_text(example.expected, None, 13, digits))
            lines.append("\n")
        if example.got is not None:
            lines.append("  got      = ")
            lines.append_text(value_text(example.got, example.wrong, 13, digits))
            if example.wrong:
                lines.append("\n  (* marks the wrong entries)", style="dim")
        if example.tolerance:
            lines.append(f"\n  tolerance: {example.tolerance}", style="dim")
        parts.append(lines)
    if verdict.traceback:
        parts.append(Text("Traceback (your code only):\n", style="bold").append(verdict.traceback))
    if verdict.output.strip():
        parts.append(Text("Your code printed:\n", style="bold").append(verdict.output.rstrip()))
    if verdict.checks and len(verdict.checks) > 1:
        steps = Text("Steps: ", style="dim")
        for i, c in enumerate(verdict.checks):
            steps.append(
                ("  " if i else "") + f"{c.name} {MARKS[c.status]}", style=STYLES[c.status]
            )
        failing = [c for c in verdict.checks if c.status != "pass" and c.message != "not run"]
        lines: list[RenderableType] = [steps]
        if len(failing) > 1:  # each failing step's own diagnosis, one line each
            for c in failing:
                line = Text(f"{MARKS[c.status]} {c.name}: ", style=STYLES[c.status])
                line.append(c.diagnosis.message if c.diagnosis else c.message, style="")
                lines.append(Padding(line, (0, 0, 0, 2)))
        parts.append(Group(*lines))
    return Group(*_spaced(parts))


def _spaced(parts: list[RenderableType]) -> list[RenderableType]:
    out: list[RenderableType] = []
    for i, p in enumerate(parts):
        if i:
            out.append(Text(""))
        out.append(p)
    return out


def _export(renderable: RenderableType, width: int = 100) -> Console:
    # Never Jupyter's console: inside a kernel that one would display the verdict on its own.
    console = Console(
        record=True,
        width=width,
        file=io.StringIO(),
        color_system="truecolor",
        force_jupyter=False,
    )
    console.print(Trimmed(renderable))
    return console


def verdict_text(verdict: Verdict) -> str:
    return _export(verdict_renderable(verdict)).export_text()


# The notebook's theme colours (JupyterLab's variables, light or dark); each fallback reads on a
# white and on a black background alike.
HTML_COLOURS = {
    "red": "var(--jp-error-color1, #d73a49)",
    "green": "var(--jp-success-color1, #22863a)",
    "yellow": "var(--jp-warn-color1, #b08800)",
    "magenta": "var(--jp-mirror-editor-keyword-color, #a347ba)",
}
HTML_BOX = (
    "margin: 0.25em 0; padding: 0; background: none; color: inherit; border: none;"
    " font-family: var(--jp-code-font-family, monospace);"
    " font-size: var(--jp-code-font-size, inherit);"
    " line-height: var(--jp-code-line-height, 1.4); white-space: pre-wrap"
)


def _css(style: Style | None) -> str:
    if style is None:
        return ""
    rules = []
    if style.color is not None and style.color.name in HTML_COLOURS:
        rules.append(f"color: {HTML_COLOURS[style.color.name]}")
    if style.bold:
        rules.append("font-weight: bold")
    if style.italic:
        rules.append("font-style: italic")
    if style.dim:
        rules.append("opacity: 0.7")
    return "; ".join(rules)


def verdict_html(verdict: Verdict) -> str:
    """The notebook view: an HTML fragment in the notebook's own colours and fonts, the same
    lines as the terminal's."""
    console = Console(width=100, file=io.StringIO(), color_system="truecolor", force_jupyter=False)
    lines = []
    for line in console.render_lines(Trimmed(verdict_renderable(verdict)), pad=False):
        spans = []
        for segment in line:
            text, css = html.escape(segment.text), _css(segment.style)
            spans.append(f'<span style="{css}">{text}</span>' if css else text)
        lines.append("".join(spans))
    body = "\n".join(lines).rstrip("\n")
    attributes = f'class="mathlings-verdict" data-status="{verdict.status}" style="{HTML_BOX}"'
    return f"<pre {attributes}>{body}</pre>"


class Trimmed:
    """A renderable without the spaces rich pads its lines with, so that piped output and copied
    text carry no trailing spaces."""

    def __init__(self, renderable: RenderableType) -> None:
        self.renderable = renderable

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for line in console.render_lines(self.renderable, options, pad=False):
            while line and not line[-1].control and not line[-1].text.rstrip():
                line.pop()
            if line and not line[-1].control:
                last = line[-1]
                line[-1] = Segment(last.text.rstrip(), last.style)
            yield from line
            yield Segment.line()


STATUS_MARKS = {"passed": ("✓ passed", "green"), "attempted": ("… attempted", "yellow")}


def _status_mark(row: dict[str, Any]) -> Text:
    mark, style = STATUS_MARKS.get(row["status"], ("· untouched", "dim"))
    if row.get("missing"):  # its oracle is not installed: say so where the status is read
        return Text(f"needs {', '.join(row['missing'])}", style="yellow")
    return Text(mark, style=style)


def _hints_used(row: dict[str, Any]) -> str:
    return str(row["hints"]) if row["hints"] else ""


class ProgressTable:
    """The `list` view: drills by area with status and hints used. One table where it fits the
    width; in a narrower terminal the columns are stacked, so that no name or path is cut."""

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        table = self.table()
        unlimited = options.update_width(10_000)
        if Measurement.get(console, unlimited, table).maximum <= options.max_width:
            yield table
        else:
            yield from self.stacked()

    def _by_area(self) -> Iterable[tuple[str | None, dict[str, Any]]]:
        """Each row, with its area's title before the area's first row."""
        area = None
        for row in self.rows:
            new_area = row["area"] != area
            area = row["area"]
            yield (row["area_title"] if new_area else None), row

    def table(self) -> Table:
        table = Table(show_edge=False, pad_edge=False, box=None)
        for column in ("drill", "topic", "status", "hints", "file"):
            table.add_column(
                column, style="dim" if column in ("topic", "file") else None, no_wrap=True
            )
        for area_title, row in self._by_area():
            if area_title is not None:
                table.add_row(Text(area_title, style="bold"), "", "", "", "")
            table.add_row(
                "  " + row["drill"], row["topic"], _status_mark(row), _hints_used(row), row["file"]
            )
        return table

    def stacked(self) -> Iterable[RenderableType]:
        """Drills grouped under their topic: drill, status and hints on one line, the file on the
        next; a line still too long wraps under its own indent."""
        name_width = max((len(r["drill"]) for r in self.rows), default=0)
        mark_width = max((len(_status_mark(r)) for r in self.rows), default=0)
        yield Text(f"{'drill':{name_width + 4}}  {'status':{mark_width}}  hints", style="bold")
        topic = None
        for area_title, row in self._by_area():
            if area_title is not None:
                yield Text(area_title, style="bold")
            if row["topic"] != topic or area_title is not None:
                topic = row["topic"]
                yield Padding(Text(topic, overflow="fold"), (0, 0, 0, 2))
            line = Text(f"{row['drill']:{name_width}}  ", overflow="fold")
            line.append_text(_status_mark(row))
            if row["hints"]:
                line.append(" " * (mark_width - len(_status_mark(row)) + 2) + _hints_used(row))
            yield Padding(line, (0, 0, 0, 4))
            yield Padding(Text(row["file"], style="dim", overflow="fold"), (0, 0, 0, 6))


def progress_table(rows: list[dict[str, Any]]) -> RenderableType:
    return Trimmed(ProgressTable(rows))


def lesson_renderable(markdown: str) -> RenderableType:
    """A lesson, task or hint for the terminal. Its Markdown parser and highlighter (40 ms of
    imports) load here, not with the module: `list`, `check` and `watch` never need them."""
    from mathlings.course_markdown import CourseMarkdown

    return Trimmed(CourseMarkdown(markdown, code_theme="ansi_dark"))
