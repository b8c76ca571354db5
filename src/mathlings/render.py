"""Renders verdicts, progress and lessons for people: the terminal, plain text and Jupyter.

Every view is built from the same data (a Verdict, a progress summary); colour is an extra, never
the only signal, so a wrong entry is also marked with `*` where there is no colour.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterable
from typing import Any

from rich.console import Console, Group, RenderableType
from rich.markdown import Markdown
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
    if depth > 2 or sum(len(r) for r in rows) > MAX_ENTRIES:
        return Text(str(value)[:400])
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
        diag = Text("Known mistake: ", style="bold yellow")
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
        parts.append(steps)
    return Group(*_spaced(parts))


def _spaced(parts: list[RenderableType]) -> list[RenderableType]:
    out: list[RenderableType] = []
    for i, p in enumerate(parts):
        if i:
            out.append(Text(""))
        out.append(p)
    return out


def _export(renderable: RenderableType, width: int = 100) -> Console:
    console = Console(record=True, width=width, file=io.StringIO(), color_system="truecolor")
    console.print(renderable)
    return console


def verdict_text(verdict: Verdict) -> str:
    return _export(verdict_renderable(verdict)).export_text()


def verdict_html(verdict: Verdict) -> str:
    return _export(verdict_renderable(verdict)).export_html(inline_styles=True)


def progress_table(rows: list[dict[str, Any]]) -> RenderableType:
    """The `list` view: drills by area with status and hints used."""
    marks = {"passed": ("✓ passed", "green"), "attempted": ("… attempted", "yellow")}
    table = Table(show_edge=False, pad_edge=False, box=None)
    for column in ("drill", "topic", "status", "hints", "file"):
        table.add_column(column, style="dim" if column in ("topic", "file") else None, no_wrap=True)
    area = None
    for row in rows:
        if row["area"] != area:
            area = row["area"]
            table.add_row(Text(row["area_title"], style="bold"), "", "", "", "")
        mark, style = marks.get(row["status"], ("· untouched", "dim"))
        table.add_row(
            "  " + row["drill"],
            row["topic"],
            Text(mark, style=style),
            str(row["hints"]) if row["hints"] else "",
            row["file"],
        )
    return table


def lesson_renderable(markdown: str) -> RenderableType:
    return Markdown(markdown)
