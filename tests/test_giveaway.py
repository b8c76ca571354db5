"""The bar stays the learner's: no lesson, demo or hint below the Code level hands over a drill's
reference answer, and a Code hint leaves every function unfinished.

Each drill's answer is read from its own folder. Formula answers are the ∂L/∂θ its task asks
for, as its reference solution's docstrings state them, read as SymPy (see mathtext.py); paper
values are the numbers its reference solution types in; code answers are its reference
solution's distinctive lines. Hints climb Nudge, Formula, Code (catalog.HINT_LEVELS): the first
two never contain the answer, and the third is partial code.
"""

from __future__ import annotations

import ast
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import sympy
from mathtext import definitions, formulas, resolve, same, tokens

from mathlings.catalog import HINT_LEVELS, Drill, load_course

COURSE = load_course()
DRILLS = list(COURSE.drills.values())
CODE_LEVEL = HINT_LEVELS[-1]
BAR = {"mse-gradient", "mlp-backprop"}  # the curriculum's bar: derive these two yourself
PAPER_TOLERANCE = 0.01  # as the paper drill's check: two decimals are the value


@dataclass(frozen=True)
class Text:
    """Something a learner reads before the answer: where it is and what it says. `context` is
    the whole file, so a name defined in one hint is read the same way in the next."""

    where: str
    body: str
    context: str


def hint_levels(drill: Drill) -> dict[str, str]:
    """hints.md as {level: text}, as the catalog splits it."""
    levels = {}
    for hint in drill.hints:
        heading, body = re.fullmatch(r"\*\*(.+?)\.\*\*\s*(.*)", hint, flags=re.DOTALL).groups()
        levels[heading] = body
    return levels


def texts_before_the_answer(drill: Drill, *, own_code_hint: bool = False) -> Iterator[Text]:
    """Every lesson and demo, every hint below the Code level, and the other drills' Code hints.
    The drill's own Code hint is the third time the learner asked: it may show part of the code."""
    for topic in COURSE.topics.values():
        for name in ("lesson.md", "demo.py"):
            body = (topic.path / name).read_text()
            yield Text(f"{topic.id}/{name}", body, body)
    for other in DRILLS:
        context = (other.path / "hints.md").read_text()
        for level, body in hint_levels(other).items():
            if level != CODE_LEVEL or other.id != drill.id or own_code_hint:
                yield Text(f"{other.id}/hints.md ({level})", body, context)


def given(drill: Drill) -> dict[sympy.Symbol, sympy.Expr]:
    """What the task itself defines (z₁ = W₁x + b₁, p = σ(z₂), ŷᵢ = xᵢ·w + b): an answer is
    written in terms of these, so a text's own meaning for those names is never put in."""
    return definitions(drill.task)


# --- formula answers -------------------------------------------------------------------------


def formula_answers(drill: Drill) -> dict[str, sympy.Expr]:
    """The ∂L/∂θ the task asks for, as the reference solution states them, read through the
    solution's own intermediate names (∂L/∂z₁, r)."""
    asked = {t.text for t in tokens(drill.task) if t.kind == "DERIV" and t.text.startswith("∂L")}
    stated = definitions(drill.solution)
    keep = frozenset(given(drill))
    return {str(n): resolve(e, stated, keep) for n, e in stated.items() if str(n) in asked}


def states(expr: sympy.Expr, answer: sympy.Expr, drill: Drill) -> bool:
    """The formula is the answer, as written or once the task's definitions are put into both
    (so `(2/n) Xᵀ(ŷ − y)` is caught as well as `(2/n) Xᵀ(Xw + b − y)`)."""
    task = given(drill)
    return same(expr, answer) or same(resolve(expr, task), resolve(answer, task))


FORMULA_DRILLS = [d for d in DRILLS if formula_answers(d)]


def test_the_bar_drills_state_their_formula_answers_in_their_reference() -> None:
    assert {d.id for d in FORMULA_DRILLS} >= BAR
    mlp = formula_answers(COURSE.drill("mlp-backprop"))
    assert set(mlp) == {"∂L/∂W₁", "∂L/∂b₁", "∂L/∂w₂", "∂L/∂b₂"}
    assert set(formula_answers(COURSE.drill("mse-gradient"))) == {"∂L/∂w", "∂L/∂b"}


@pytest.mark.parametrize("drill", FORMULA_DRILLS, ids=lambda d: d.id)
def test_no_lesson_or_early_hint_states_a_formula_answer(drill: Drill) -> None:
    answers, keep = formula_answers(drill), frozenset(given(drill))
    found = set()
    for text in texts_before_the_answer(drill):
        defined = definitions(text.context)
        for line, expr in formulas(text.body):
            read = resolve(expr, defined, keep)
            found |= {
                f"{text.where}: `{line}` is {name}"
                for name, answer in answers.items()
                if states(read, answer, drill)
            }
    assert not found, "the answer is given away:\n" + "\n".join(sorted(found))


# --- paper values ----------------------------------------------------------------------------


def paper_values(drill: Drill) -> dict[str, list[float]]:
    """A paper drill's typed-in answers, flattened (a paper drill's reference has no functions)."""
    tree = ast.parse(drill.solution)
    if any(isinstance(node, ast.FunctionDef) for node in tree.body):
        return {}
    return {
        node.targets[0].id: flatten(ast.literal_eval(node.value))
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.targets[0], ast.Name)
        and not isinstance(ast.literal_eval(node.value), str)  # a formula answer, read above
    }


def flatten(value: object) -> list[float]:
    if isinstance(value, (list, tuple)):
        return [x for item in value for x in flatten(item)]
    return [float(value)]  # type: ignore[arg-type]


PAPER_DRILLS = [d for d in DRILLS if paper_values(d)]
OPENING, CLOSING = "[(", "])"


def bracketed(line: str) -> Iterator[str]:
    """Every balanced (...) or [...] in the line, inner ones too, without its brackets."""
    opened: list[int] = []
    for i, char in enumerate(line):
        if char in OPENING:
            opened.append(i)
        elif char in CLOSING and opened:
            start = opened.pop()
            yield line[start + 1 : i]


def top_level_items(inside: str) -> list[str]:
    """The comma-separated items of a list, commas inside inner brackets left alone."""
    items, depth, current = [], 0, ""
    for char in inside:
        depth += (char in OPENING) - (char in CLOSING)
        if char == "," and depth == 0:
            items.append(current.strip())
            current = ""
        else:
            current += char
    return [*items, current.strip()]


def numbers_in(item: str) -> list[float | None] | None:
    """The item as numbers: a number (`4`, `20 / 5`, `1 / 2**0.5`, `−3`), `...` (None), or a
    bracketed list of them; None when it is something else."""
    if item in ("...", "…"):
        return [None]
    if len(item) >= 2 and item[0] in OPENING and item[-1] in CLOSING:
        inner = [numbers_in(part) for part in top_level_items(item[1:-1])]
        return None if any(n is None for n in inner) else [x for n in inner for x in n]  # type: ignore[union-attr]
    toks = tokens(item)
    if len(toks) == 1 and toks[0].kind == "NUM":
        return [float(toks[0].text)]
    constant = [e for _, e in formulas(item) if not e.free_symbols]
    return [float(constant[0])] if constant else None


def written_lists(line: str) -> Iterator[tuple[str, list[float | None]]]:
    """Each bracketed list of two or more numbers in the line, flattened, `...` kept as None."""
    for inside in bracketed(line):
        items = top_level_items(inside)
        if len(items) < 2:
            continue
        entries = [numbers_in(item) for item in items]
        if all(e is not None for e in entries):
            flat = [x for e in entries for x in e]  # type: ignore[union-attr]
            if any(x is not None for x in flat):
                yield inside, flat


def matches(entries: list[float | None], value: list[float]) -> bool:
    """The entries are the value (or its negative), or its first entries followed by `...`."""
    partial = entries[-1] is None
    if len(entries) > len(value) or (len(entries) < len(value) and not partial):
        return False
    known = [(e, v) for e, v in zip(entries, value, strict=False) if e is not None]
    return any(all(abs(e - s * v) <= PAPER_TOLERANCE for e, v in known) for s in (1.0, -1.0))


def projects_onto(expr: sympy.Expr, value: list[float]) -> bool:
    """expr is Σᵢ valueᵢ·sᵢ in as many symbols, either sign: a dot product with the answer, such
    as the projection (x + y)/√2 onto the component (1/√2, 1/√2)."""
    symbols = sorted(expr.free_symbols, key=str)
    if len(value) < 2 or len(symbols) != len(value) or not expr.is_polynomial(*symbols):
        return False
    poly = sympy.Poly(expr, *symbols)
    if poly.total_degree() != 1 or poly.coeff_monomial(1) != 0:
        return False
    coefficients = sorted(float(poly.coeff_monomial(s)) for s in symbols)
    return any(
        all(
            abs(c - s * v) <= PAPER_TOLERANCE
            for c, v in zip(coefficients, sorted(value), strict=True)
        )
        for s in (1.0, -1.0)
    )


@pytest.mark.parametrize("drill", PAPER_DRILLS, ids=lambda d: d.id)
def test_no_lesson_or_hint_gives_a_paper_value(drill: Drill) -> None:
    """On a paper drill even the Code hint shows how to type an answer in, never the answer."""
    values = paper_values(drill)
    found = set()
    for text in texts_before_the_answer(drill, own_code_hint=True):
        for line in text.body.splitlines():
            for written, entries in written_lists(line):
                found |= {
                    f"{text.where}: `{written}` is {name}"
                    for name, value in values.items()
                    if matches(entries, value)
                }
            for _, expr in formulas(line):
                found |= {
                    f"{text.where}: `{line.strip()}` projects onto {name}"
                    for name, value in values.items()
                    if projects_onto(expr, value)
                }
    assert not found, "a paper value is given away:\n" + "\n".join(sorted(found))


# --- code answers ----------------------------------------------------------------------------


def reference_functions(drill: Drill) -> list[ast.FunctionDef]:
    return [n for n in ast.parse(drill.solution).body if isinstance(n, ast.FunctionDef)]


def operations(node: ast.AST) -> int:
    """How much an expression does: its operators, calls, slices and transposes."""
    count = 0
    for sub in ast.walk(node):
        sliced = isinstance(sub, ast.Subscript) and any(
            isinstance(s, ast.Slice) for s in ast.walk(sub.slice)
        )
        transposed = isinstance(sub, ast.Attribute) and sub.attr == "T"
        operator = isinstance(sub, (ast.BinOp, ast.UnaryOp, ast.Call, ast.Compare))
        count += operator or sliced or transposed
    return count


def stated_by_the_task(code: str, drill: Drill) -> bool:
    """The line computes what the task itself writes down (the forward pass z₁ = W₁x + b₁)."""
    read = [expr for _, expr in formulas(code)]
    return bool(read) and any(same(read[0], rhs) for rhs in given(drill).values())


def distinctive_lines(drill: Drill) -> set[str]:
    """The right-hand sides of the reference's statements that do two things or more
    (`np.outer(u, u) / (u @ u)`, `Vt[r:].T`), as ast.unparse writes them. One call or one operator
    (`np.linalg.svd(A)`, `X.mean(axis=0)`) is the library or the notation, which a lesson
    teaches; what the starter shows or the task states is the learner's from the start."""
    starter = ast.walk(ast.parse(drill.starter))
    shown = {ast.unparse(n) for n in starter if isinstance(n, ast.expr)}
    lines = set()
    for function in reference_functions(drill):
        for node in ast.walk(function):
            if isinstance(node, (ast.Assign, ast.AugAssign, ast.Return)) and node.value:
                code = ast.unparse(node.value)
                if operations(node.value) >= 2 and code not in shown:
                    lines.add(code)
    return {line for line in lines if not stated_by_the_task(line, drill)}


def as_code(line: str) -> Iterator[str]:
    """The line and its clauses (split at ` = `, `: `, `, `, `; ` and wide gaps), each also with
    math's transposes written as code: Vᵀ[r:]ᵀ is `V.T[r:].T`, or, with Vᵀ named Vt as code
    names it, `Vt[r:].T`."""
    clauses = re.split(r"\s+=\s+|[:,;]\s+|\s{2,}", line)
    for clause in [line, *(c.strip(" .,;") for c in clauses if len(clauses) > 1)]:
        yield clause
        marks = clause.count("ᵀ")
        if 0 < marks <= 3:
            parts = clause.split("ᵀ")
            for spelling in itertools.product((".T", "t"), repeat=marks):
                yield "".join(p + t for p, t in zip(parts, (*spelling, ""), strict=True))


def expressions_in(text: str) -> Iterator[ast.expr]:
    """Every expression in the text's Python: a whole demo, code blocks, `inline code`, and, where
    a piece does not parse as a whole, each of its lines, in code or in math's notation."""
    pieces = [text, *re.findall(r"```(?:python)?\n(.*?)```", text, flags=re.DOTALL)]
    pieces += re.findall(r"`([^`\n]+)`", text)
    for piece in pieces:
        sources = [piece, *(code for line in piece.splitlines() for code in as_code(line))]
        for source in sources:
            try:
                tree = ast.parse(source.strip())
            except SyntaxError:
                continue
            yield from (node for node in ast.walk(tree) if isinstance(node, ast.expr))
            if source is piece:
                break


CODE_DRILLS = [d for d in DRILLS if reference_functions(d)]


@pytest.mark.parametrize("drill", CODE_DRILLS, ids=lambda d: d.id)
def test_no_lesson_or_early_hint_holds_a_line_of_the_reference(drill: Drill) -> None:
    lines = distinctive_lines(drill)
    found = {
        f"{text.where}: `{code}`"
        for text in texts_before_the_answer(drill)
        if not text.where.endswith(f"({CODE_LEVEL})")  # another drill's code may share a line
        for code in map(ast.unparse, expressions_in(text.body))
        if code in lines
    }
    assert not found, "a line of the reference is given away:\n" + "\n".join(sorted(found))


def is_unfinished(node: ast.AST) -> bool:
    return any(isinstance(n, ast.Constant) and n.value is Ellipsis for n in ast.walk(node))


@pytest.mark.parametrize("drill", CODE_DRILLS, ids=lambda d: d.id)
def test_the_code_hint_leaves_every_function_unfinished(drill: Drill) -> None:
    """Each of the drill's functions that the Code hint writes out still has a `...` to fill in;
    a Code hint without one of them leaves a `...` somewhere."""
    asked = {f.name for f in reference_functions(drill)}
    code = hint_levels(drill)[CODE_LEVEL]
    blocks = [ast.parse(b) for b in re.findall(r"```python\n(.*?)```", code, flags=re.DOTALL)]
    assert blocks, "the Code hint is a Python code block"
    written = [n for b in blocks for n in b.body if isinstance(n, ast.FunctionDef)]
    finished = [f.name for f in written if f.name in asked and not is_unfinished(f)]
    assert not finished, f"the Code hint writes out {', '.join(finished)} in full"
    assert any(is_unfinished(b) for b in blocks), "the Code hint leaves nothing to fill in"


# --- the reader itself -------------------------------------------------------------------------


def read(spec: str) -> sympy.Expr:
    """The first formula of `formula` or `formula with name = definition, ...`, read through."""
    text, _, defs = spec.partition(" with ")
    return resolve(formulas(text)[0][1], definitions(defs.replace(", ", "\n")))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("(2/n) Xᵀ(Xw + b − y)", "2 Xᵀr / n with r = Xw + b − y"),
        ("(2/n) Σᵢ rᵢ xᵢ", "(2/n) Xᵀr"),
        ("2 / n * X.T @ r", "(2/n) Xᵀr"),
        ("(2/n) Σᵢ rᵢ", "2 * np.sum(r) / n"),
        ("(p − y) h", "h (p - y)"),
        ("relu(z₁) ⊙ w₂", "w2 * relu(z1)"),
        ("(∂L/∂z₁) xᵀ", "δ xᵀ with δ = ∂L/∂z₁"),
        ("1 / 2**0.5", "√2 / 2"),
    ],
)
def test_the_reader_sees_one_formula_in_two_spellings(a: str, b: str) -> None:
    assert same(read(a), read(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("(2/n) Xᵀr", "(1/n) Xᵀr"),
        ("(p − y) h", "(ŷ − y) h"),
        ("(p − y) w₂", "(p − y) W₁"),
        ("x̃ + ỹ", "x + y"),
    ],
)
def test_the_reader_tells_different_formulas_apart(a: str, b: str) -> None:
    assert not same(read(a), read(b))


def test_a_formula_ends_where_the_prose_begins() -> None:
    assert [str(e) for _, e in formulas("the tidy p − y comes from two factors")] == ["p - y"]


@pytest.mark.parametrize(
    ("line", "entries"),
    [
        ("MEAN = [20 / 5, 15 / 5]", [4.0, 3.0]),
        ("FIRST = [1 / 2**0.5, ...]  # made unit", [0.7071, None]),
        ("C = [[4, 3], [3, -4]]", [4.0, 3.0, 3.0, -4.0]),
    ],
)
def test_the_reader_finds_typed_in_numbers(line: str, entries: list[float | None]) -> None:
    longest = max(written_lists(line), key=lambda found: len(found[1]))[1]
    assert [None if x is None else round(x, 4) for x in longest] == entries
