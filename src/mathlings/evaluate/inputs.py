"""Reading the labels and two predictions files, and refusing inputs that would mislead.

Format: one value per line, or a CSV whose columns are runs of one model (one column per training
seed); the labels file has one column. The first line is a header when none of its cells is a number
or a value found on another line of the three files. Every refusal names the file and the line.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from pathlib import Path


class BadInput(Exception):
    """An input file that cannot be compared, with a sentence that names it and says what to do."""


@dataclass(frozen=True)
class Rows:
    """One file's data cells, header removed; `first_line` is the line number of `cells[0]`."""

    path: Path
    role: str
    cells: list[list[str]]
    first_line: int

    def line(self, i: int) -> int:
        return self.first_line + i

    def where(self, i: int) -> str:
        return f"{self.path}, line {self.line(i)}"


@dataclass(frozen=True)
class Inputs:
    """Labels `y` (n,), predictions `a` (n, runs of A) and `b` (n, runs of B), checked."""

    kind: str  # "classification" or "regression"
    y: list[str] | list[float]
    a: list[list[str]] | list[list[float]]
    b: list[list[str]] | list[list[float]]
    notes: list[str]


def number(cell: str) -> float | None:
    try:
        value = float(cell)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def is_integer(value: float) -> bool:
    return value == int(value)


def read_lines(path: Path, role: str) -> list[list[str]]:
    """The file's lines as CSV cells; trailing blank lines dropped, a blank line within refused."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise BadInput(f"{path} ({role}) does not exist.") from None
    except UnicodeDecodeError:
        raise BadInput(f"{path} ({role}) is not a text file: give one value per line.") from None
    except OSError as problem:
        raise BadInput(f"{path} ({role}) cannot be read: {problem.strerror}.") from None
    lines = [[cell.strip() for cell in row] for row in csv.reader(text.splitlines())]
    while lines and not any(lines[-1]):
        lines.pop()
    for i, row in enumerate(lines):
        if not any(row):
            raise BadInput(
                f"{path}, line {i + 1} is empty: every test example needs a value, in order."
            )
    if not lines:
        raise BadInput(f"{path} ({role}) is empty: it needs one value per test example.")
    return lines


def drop_headers(files: list[tuple[Path, str, list[list[str]]]]) -> list[Rows]:
    values = {cell for _, _, lines in files for row in lines[1:] for cell in row}
    tables = []
    for path, role, lines in files:
        header = all(number(c) is None and c not in values for c in lines[0])
        cells = lines[1:] if header else lines
        if not cells:
            raise BadInput(
                f"{path} ({role}) has only a header line ({','.join(lines[0])}): it needs one "
                "value per test example below it."
            )
        tables.append(Rows(path, role, cells, 2 if header else 1))
    return tables


def refuse_same_files(labels: Path, a: Path, b: Path) -> None:
    for path in (a, b):
        if path.resolve() == labels.resolve():
            raise BadInput(
                f"{path} is the labels file itself: pass each model's predictions on the test set."
            )
    if a.resolve() == b.resolve():
        raise BadInput(f"A and B are the same file ({a}): there is nothing to compare.")


def refuse_count_table(rows: Rows, labels: Rows) -> None:
    """A 2 × 2 table of counts (McNemar's input) given where one row per example is due."""
    if len(rows.cells) != 2 or any(len(row) != 2 for row in rows.cells):
        return
    values = [number(c) for row in rows.cells for c in row]
    if any(v is None or v < 0 or not is_integer(v) for v in values):
        return
    classes = {number(row[0]) for row in labels.cells}
    if rows is labels or len(labels.cells) != 2 or not set(values) <= classes:
        raise BadInput(
            f"{rows.path} ({rows.role}) looks like a 2 × 2 table of counts (lines "
            f"{rows.line(0)}–{rows.line(1)}), not predictions: give one prediction per test "
            "example, one per line. (For a table, McNemar's exact p-value is "
            "scipy.stats.binomtest(b, b + c).pvalue on its two off-diagonal counts.)"
        )


def refuse_ragged(rows: Rows) -> None:
    width = len(rows.cells[0])
    for i, row in enumerate(rows.cells):
        if len(row) != width:
            raise BadInput(
                f"{rows.where(i)} has {len(row)} column{'s' * (len(row) != 1)} where line "
                f"{rows.first_line} has {width}: each column is one run of the model, over "
                "every test example."
            )
    if rows.role == "labels" and width != 1:
        raise BadInput(
            f"{rows.path} (labels) has {width} columns on line {rows.first_line}: the labels "
            "are one column, one value per test example."
        )


def refuse_other_lengths(rows: Rows, labels: Rows) -> None:
    n, m = len(labels.cells), len(rows.cells)
    if m == n:
        return
    last = rows.line(min(m, n) - 1)
    raise BadInput(
        f"{rows.path} ({rows.role}) has {m} predictions but {labels.path} has {n} labels; they "
        f"part after line {last} of {rows.path}. Both must list the same test examples in the "
        "same order: these look like predictions of a different test set."
    )


def numbers(rows: Rows, why: str) -> list[list[float]]:
    out = []
    for i, row in enumerate(rows.cells):
        values = []
        for cell in row:
            value = number(cell)
            if value is None:
                raise BadInput(f"{rows.where(i)}: {cell!r} is not a number, and {why}.")
            values.append(value)
        out.append(values)
    return out


def refuse_probabilities(rows: Rows) -> None:
    if not has_probabilities(rows):
        return
    i, cell = next(
        (i, c) for i, row in enumerate(rows.cells) for c in row if number(c) not in (0, 1)
    )
    raise BadInput(
        f"{rows.where(i)}: {cell} where a class label is due. These look like "
        "probabilities: threshold them first, e.g. at 0.5 "
        "(awk -F, '{print ($1 >= 0.5)}' probs.csv > labels.csv), or pass --regression "
        "if the labels are numbers to predict."
    )


def refuse_fractional_classes(rows: Rows) -> None:
    for i, row in enumerate(rows.cells):
        for cell in row:
            if not is_integer(float(cell)):
                raise BadInput(
                    f"{rows.where(i)}: {cell} is not a class label (the labels are whole "
                    "numbers). If the labels are numbers to predict, pass --regression."
                )


def has_probabilities(rows: Rows) -> bool:
    values = [number(c) for row in rows.cells for c in row]
    return all(v is not None and 0 <= v <= 1 for v in values) and any(
        v not in (0, 1) for v in values
    )


def load(labels_path: Path, a_path: Path, b_path: Path, regression: bool) -> Inputs:
    refuse_same_files(labels_path, a_path, b_path)
    roles = [(labels_path, "labels"), (a_path, "A"), (b_path, "B")]
    labels, a, b = drop_headers([(p, role, read_lines(p, role)) for p, role in roles])
    for rows in (labels, a, b):
        refuse_count_table(rows, labels)
        refuse_ragged(rows)
    for rows in (a, b):
        refuse_other_lengths(rows, labels)

    label_values = [number(row[0]) for row in labels.cells]
    numeric = any(v is not None for v in label_values)
    fractional = numeric and any(v is not None and not is_integer(v) for v in label_values)
    kind = "regression" if regression or fractional else "classification"
    notes: list[str] = []
    if kind == "regression":
        why = "regression needs numbers"
        y = [row[0] for row in numbers(labels, why)]
        return Inputs(kind, y, numbers(a, why), numbers(b, why), notes)

    for rows in (a, b):
        refuse_probabilities(rows)
    if numeric:
        why = "the labels are numbers, so the predictions must be too"
        y = [row[0] for row in numbers(labels, "the other labels are numbers")]
        pa, pb = numbers(a, why), numbers(b, why)
        for rows in (a, b):
            refuse_fractional_classes(rows)
    else:
        y = [row[0] for row in labels.cells]
        pa, pb = a.cells, b.cells
    classes = set(y)
    if len(classes) == 1:
        only = labels.cells[0][0]
        notes.append(
            f"Every label in {labels.path} is {only}: accuracy is trivial here (always "
            f"answering {only} scores 100%); the comparison stands, but says little."
        )
    for rows, preds in ((a, pa), (b, pb)):
        if all(row[0] == label for row, label in zip(preds, y, strict=True)):
            notes.append(
                f"{rows.path} ({rows.role}) equals the labels on every line: check it holds "
                "the model's predictions and not a copy of the labels."
            )
    return Inputs(kind, y, pa, pb, notes)
