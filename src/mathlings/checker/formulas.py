"""Formula answers: the learner writes a formula as a string over named symbols, such as
``dL_dw = "2*x*(w*x + b - y)"``, and it is compared with the right one as mathematics.

- Parsing reads the string with Python's `ast` and builds the SymPy expression node by node from
  a whitelist (numbers, the drill's symbols, + − * / ** and ^, and the functions in FUNCTIONS).
  Nothing is evaluated as Python: ``__import__('os')`` is not a function this parser knows.
- Equivalence: SymPy decides ``simplify(got − expected) == 0`` under a time limit; where it
  cannot decide in time, or says "not zero" for a form it failed to simplify, the two are
  evaluated at many seeded points across signs and magnitudes, and agree when every point agrees
  within a relative tolerance. A wrong formula comes with a point where the two differ.
- `same_formula(...)` is a comparator (see compare.py), so a `Value` check takes it as is, and
  a catalogued formula mistake is named the way a code mistake is: its formula, in the mistake
  module, is equivalent to the learner's.

We use SymPy's expression trees and `simplify`, not its `parse_expr`: that one calls `eval`.
"""

from __future__ import annotations

import ast
import contextlib
import math
import re
import signal
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import numpy as np

from mathlings.checker.compare import Comparator, Mismatch

MAX_LENGTH = 2000  # characters in one formula
MAX_NODES = 400  # nodes of its syntax tree
MAX_EXPONENT = 64  # |n| in x**n for a number n: x**10**9 would take SymPy forever
SYMPY_SECONDS = 2.0  # for simplify; then the points decide
POINTS = 200


def _functions() -> dict[str, Any]:
    import sympy as sp

    return {
        "exp": sp.exp,
        "log": sp.log,
        "ln": sp.log,
        "sqrt": sp.sqrt,
        "abs": sp.Abs,
        "sin": sp.sin,
        "cos": sp.cos,
        "tan": sp.tan,
        "tanh": sp.tanh,
        "sinh": sp.sinh,
        "cosh": sp.cosh,
        "sigmoid": lambda t: 1 / (1 + sp.exp(-t)),
        "max": sp.Max,
        "min": sp.Min,
    }


FUNCTION_NAMES = (
    "exp", "log", "ln", "sqrt", "abs", "sin", "cos", "tan", "tanh", "sinh", "cosh", "sigmoid",
    "max", "min",
)  # fmt: skip
CONSTANTS = ("pi", "e")


class FormulaError(ValueError):
    """The text is not a formula this drill accepts; the message says why, in one sentence."""


def parse(text: Any, symbols: Sequence[str]) -> Any:
    """The SymPy expression of `text` over `symbols`; FormulaError when it is not one."""
    import sympy as sp

    if text is Ellipsis:
        raise FormulaError('is not written yet: replace ... with the formula as a string, "2*x"')
    if not isinstance(text, str):
        kind = str(getattr(text, "type_name", type(text).__name__))  # a Foreign says its type
        article = "an" if kind[:1] in "aeiou" else "a"
        raise FormulaError(f'a formula is a string such as "2*x", not {article} {kind}')
    if len(text) > MAX_LENGTH:
        raise FormulaError(f"the formula is longer than {MAX_LENGTH} characters")
    source = text.strip().replace("^", "**").replace("·", "*").replace("−", "-")
    if not source:
        raise FormulaError("the formula is empty")
    try:
        tree = ast.parse(source, mode="eval")
    except SyntaxError as error:
        juxtaposed = re.search(r"(?<![\w.])(\d+\.?\d*)\s*([A-Za-z_]\w*|\()", source)
        if juxtaposed:
            number, after = juxtaposed.groups()
            raise FormulaError(
                f"write a product with *: {number}*{after}…, not {number}{after}…"
            ) from None
        raise FormulaError(f"the formula is not well formed ({error.msg})") from None
    if sum(1 for _ in ast.walk(tree)) > MAX_NODES:
        raise FormulaError(f"the formula has more than {MAX_NODES} parts")
    names = {name: sp.Symbol(name, real=True) for name in symbols}
    functions = _functions()

    def build(node: ast.AST) -> Any:
        if isinstance(node, ast.Expression):
            return build(node.body)
        if isinstance(node, ast.Constant) and type(node.value) in (int, float):
            value = node.value
            return sp.Integer(value) if isinstance(value, int) else sp.nsimplify(value)
        if isinstance(node, ast.Name):
            if node.id in names:
                return names[node.id]
            if node.id == "pi":
                return sp.pi
            if node.id == "e":
                return sp.E
            known = ", ".join(symbols)
            raise FormulaError(f"{node.id} is not a symbol of this drill (they are: {known})")
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            inner = build(node.operand)
            return -inner if isinstance(node.op, ast.USub) else inner
        if isinstance(node, ast.BinOp):
            left, right = build(node.left), build(node.right)
            if isinstance(node.op, ast.Add):
                return left + right
            if isinstance(node.op, ast.Sub):
                return left - right
            if isinstance(node.op, ast.Mult):
                return left * right
            if isinstance(node.op, ast.Div):
                return left / right
            if isinstance(node.op, ast.Pow):
                if right.is_number and abs(float(right)) > MAX_EXPONENT:
                    raise FormulaError(f"an exponent over {MAX_EXPONENT} is not accepted")
                return left**right
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and not node.keywords:
            if node.func.id in functions:
                return functions[node.func.id](*(build(a) for a in node.args))
            raise FormulaError(
                f"{node.func.id}(...) is not a function formulas may use "
                f"(they may use {', '.join(FUNCTION_NAMES)})"
            )
        shown = ast.get_source_segment(source, node) or type(node).__name__
        called = node.func if isinstance(node, ast.Call) else node
        if isinstance(called, ast.Attribute) and called.attr in functions:
            written = ast.get_source_segment(source, called)
            raise FormulaError(
                f"write {called.attr}(...), not {written}(...): formulas are not Python"
            )
        if isinstance(called, ast.Constant):  # 2(x + 1)
            raise FormulaError(f"write a product with *: {called.value}*(…), not {called.value}(…)")
        raise FormulaError(
            f"{shown!r} is not part of a formula (numbers, symbols, + - * / ** ^, and the "
            f"functions {', '.join(FUNCTION_NAMES)})"
        )

    try:
        return build(tree)
    except (TypeError, ValueError, ZeroDivisionError) as error:
        if isinstance(error, FormulaError):
            raise
        raise FormulaError(f"the formula cannot be read ({error})") from None


@contextlib.contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Raise TimeoutError after `seconds` (SIGALRM; in the main thread only, else no limit)."""

    def expire(*_: Any) -> None:
        raise TimeoutError

    try:
        previous = signal.signal(signal.SIGALRM, expire)
    except ValueError:  # not the main thread
        yield
        return
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def symbolic_zero(difference: Any, seconds: float = SYMPY_SECONDS) -> bool | None:
    """True if SymPy shows `difference` is 0, False if it shows it is a nonzero constant, None
    when it cannot tell in time."""
    import sympy as sp

    try:
        with _time_limit(seconds):
            simplified = sp.simplify(difference)
    except (TimeoutError, RecursionError, ValueError, TypeError, ZeroDivisionError):
        return None
    if simplified == 0:
        return True
    if simplified.is_number and simplified.is_zero is False:
        return False
    return None


def sample_points(symbols: Sequence[str], count: int = POINTS, seed: int = 0) -> np.ndarray:
    """Seeded points across signs and magnitudes: small, unit and large, both signs."""
    rng = np.random.default_rng(seed)
    magnitude = 10.0 ** rng.uniform(-2, 1.5, size=(count, len(symbols)))
    sign = rng.choice([-1.0, 1.0], size=(count, len(symbols)))
    return sign * magnitude


def _evaluator(expression: Any, symbols: Sequence[str]) -> Callable[[np.ndarray], float]:
    import sympy as sp

    ordered = [sp.Symbol(name, real=True) for name in symbols]
    # lambdify writes Python from the SymPy tree that parse() built from the whitelist: no text
    # of the learner's reaches it.
    fn = sp.lambdify(ordered, expression, modules="numpy")

    def at(point: np.ndarray) -> float:
        with np.errstate(all="ignore"):
            value = fn(*point)
        return complex(value).real if np.iscomplexobj(value) else float(value)

    return at


def first_difference(
    got: Any, expected: Any, symbols: Sequence[str], rtol: float = 1e-8, atol: float = 1e-10
) -> dict[str, float] | None:
    """A point where the two formulas differ (both defined there), or None if none is found."""
    want, have = _evaluator(expected, symbols), _evaluator(got, symbols)
    for point in sample_points(symbols):
        try:
            e, g = want(point), have(point)
        except (ValueError, TypeError, ZeroDivisionError, OverflowError):
            continue
        if not math.isfinite(e):
            continue  # outside the right formula's domain: nothing to compare
        if not math.isfinite(g) or abs(g - e) > atol + rtol * abs(e):
            return {name: float(v) for name, v in zip(symbols, point, strict=True)}
    return None


def equivalent(got: Any, expected: Any, symbols: Sequence[str]) -> dict[str, float] | None:
    """None when `got` equals `expected` as a formula; else a point where they differ."""
    decided = symbolic_zero(got - expected)
    if decided is True:
        return None
    point = first_difference(got, expected, symbols)
    if point is None and decided is False:
        point = {name: 1.0 for name in symbols}
    return point


def same_formula(symbols: str | Sequence[str], *, reveal: bool = False) -> Comparator:
    """A comparator for formula answers over `symbols` ("x w b y" or a list). The expected value
    is a formula string (or a SymPy expression). A wrong answer is shown with a point where the
    two differ and the learner's value there; the right value only when `reveal` is set."""
    names = symbols.split() if isinstance(symbols, str) else list(symbols)

    def compare(expected: Any, got: Any, args: tuple = ()) -> Mismatch | None:
        want = parse(expected, names) if isinstance(expected, str) else expected
        try:
            have = parse(got, names)
        except FormulaError as error:
            return Mismatch(f"is not a formula this drill can read: {error}", got=got)
        point = equivalent(have, want, names)
        if point is None:
            return None
        at = ", ".join(f"{k} = {v:.4g}" for k, v in point.items())
        mine = _safe_value(have, names, point)
        message = f"is a different formula: at {at} it gives {mine}"
        if reveal:
            message += f", where the right formula gives {_safe_value(want, names, point)}"
        return Mismatch(
            message,
            expected=str(want) if reveal else None,
            got=got,
            tolerance="equal as formulas (SymPy), or at every sampled point within 1e-8",
            inputs=point,
        )

    return compare


def _safe_value(expression: Any, symbols: Sequence[str], point: dict[str, float]) -> str:
    try:
        value = _evaluator(expression, symbols)(np.array([point[s] for s in symbols]))
    except (ValueError, TypeError, ZeroDivisionError, OverflowError):
        return "no value"
    return f"{value:.6g}"
