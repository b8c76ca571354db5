"""Generic mistakes, named from what a wrong answer looks like next to the right one.

`detect(examples)` gets every failing example a check saw, each (inputs, expected, got), and names
a pattern in one sentence only when it holds on all of them: exactly twice the right one, its
transpose, the right values in another order, one step short, cut off to whole numbers, nan where
a number is due. When no pattern holds on every example it says nothing, so it never guesses.

A drill's catalogue of known mistakes is more specific and wins when one of them matches (see
spec.py): these sentences are what a learner reads when no catalogued mistake fits. Each is a
`Diagnosis` whose id starts with `generic:`; a sentence that compares two numbers prints them
with enough digits to tell them apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np

from mathlings.checker.compare import as_array
from mathlings.checker.verdict import GENERIC, Diagnosis

RTOL = 1e-6  # "equal" for a pattern: ‖a − b‖ ≤ RTOL·max(‖a‖, ‖b‖) + ATOL
ATOL = 1e-12
EXACT = 1e-9  # tighter, for rounding and truncation, whose results are exact decimals


@dataclass(frozen=True)
class Raised:
    """An outcome that is an exception, not a value: what the task says must be raised (`why`
    says when), or what the learner's code raised."""

    error: str  # the exception's class name
    why: str = ""  # the task's reason, or the learner's error message


class Example(NamedTuple):
    """One failing input: the arguments, the right answer, the learner's. `where` names the part
    of a dict or tuple answer that is wrong (expected and got are then that part)."""

    inputs: tuple
    expected: Any
    got: Any
    where: tuple[str, ...] = ()


@dataclass(frozen=True)
class Finding:
    """A pattern seen on one example. The same `key` on every example is the same pattern; the
    part before a colon is the mistake's id ("rounded:2" is generic:rounded, to 2 decimals)."""

    key: str
    text: str  # what was seen, a sentence without its full stop
    question: str = ""  # the likely cause, asked, never asserted

    @property
    def mistake(self) -> str:
        return GENERIC + self.key.split(":")[0]


@dataclass
class _Seen:
    """An example made ready for the detectors: both answers as float arrays where they are
    numbers, and n, the number of rows (or the length) of the first array argument."""

    example: Example
    e: np.ndarray | None
    g: np.ndarray | None
    subject: str  # "Your answer", or "Your dw" for a part of a tuple answer
    n: int | None
    n_is: str  # "the number of rows of X"


Detector = Callable[[_Seen], list[Finding]]


def detect(
    examples: Sequence[Example | tuple], params: Sequence[str] = (), passed: int = 0
) -> Diagnosis | None:
    """The first pattern that holds on every example, as a Diagnosis; None if none does.

    `params` are the function's parameter names, to say what n is ("the number of rows of X").
    `passed` counts the other inputs tried, on which the answer was right: an error raised on
    every input is a bug the traceback shows, but one raised only on the failing inputs, where
    the task defines an answer, is a pattern. The first example is the one the verdict shows: a
    sentence's numbers come from it.
    """
    seen = [_prepare(Example(*example), params) for example in examples]
    if not seen or any(_right(s) for s in seen):
        return None
    detectors = DETECTORS if passed else tuple(d for d in DETECTORS if d is not raised)
    first, *rest = [[f for detector in detectors for f in _safely(detector, s)] for s in seen]
    # An input can show several patterns at once (a zero matrix transposed is also reshaped):
    # the one named is the first, in the detectors' order, that every input shows.
    for finding in first:
        if all(any(f.key == finding.key for f in others) for others in rest):
            return Diagnosis(finding.mistake, _sentence(finding, seen))
    return None


def _safely(detector: Detector, seen: _Seen) -> list[Finding]:
    """A detector that cannot read an answer (ragged, complex, a string) sees nothing in it."""
    try:
        with np.errstate(all="ignore"):
            return detector(seen)
    except Exception:
        return []


def _sentence(found: Finding, seen: list[_Seen]) -> str:
    """The finding as one sentence, led by its evidence: "On all 7 failing inputs seen, your
    answer is exactly twice the right one." """
    text = found.text
    if any(s.example.inputs for s in seen):
        count = len(seen)
        evidence = f"On all {count} failing inputs seen" if count > 1 else "On the failing input"
        text = f"{evidence}, {text[:1].lower()}{text[1:]}"
    return text + (f": {found.question}" if found.question else ".")


def _prepare(example: Example, params: Sequence[str]) -> _Seen:
    where = "/".join(example.where)
    n, n_is = None, ""
    for i, arg in enumerate(example.inputs):
        shape = _shape(arg)
        if shape:
            name = params[i] if i < len(params) else f"argument {i + 1}"
            n = shape[0]
            n_is = f"the number of rows of {name}" if len(shape) > 1 else f"the length of {name}"
            break
    return _Seen(
        example,
        _numbers(example.expected),
        _numbers(example.got),
        f"Your {where}" if where else "Your answer",
        n,
        n_is,
    )


def _shape(arg: Any) -> tuple[int, ...]:
    if not isinstance(arg, (np.ndarray, list, tuple)):
        return ()
    array = _numbers(arg)
    return () if array is None else array.shape


def _numbers(value: Any) -> np.ndarray | None:
    if isinstance(value, (Raised, str, dict)) or value is None:
        return None
    try:
        array = as_array(value)
    except Exception:
        return None
    return None if np.iscomplexobj(array) else array


def _right(s: _Seen) -> bool:
    """The learner's answer is the right one after all: then this is no failure to explain."""
    expected, got = s.example.expected, s.example.got
    if isinstance(expected, Raised) or isinstance(got, Raised):
        # never `==` with an array on one side: that compares entrywise
        return isinstance(expected, Raised) and isinstance(got, Raised) and expected == got
    return s.e is not None and s.g is not None and _near(s.g, s.e)


# --- equality, numbers, words ------------------------------------------------------------------


def _near(a: np.ndarray, b: np.ndarray, rtol: float = RTOL) -> bool:
    """Same shape, finite, ‖a − b‖ ≤ rtol·max(‖a‖, ‖b‖) + ATOL."""
    if a.shape != b.shape or not (np.isfinite(a).all() and np.isfinite(b).all()):
        return False
    scale = max(float(np.linalg.norm(a)), float(np.linalg.norm(b)))
    return float(np.linalg.norm(a - b)) <= rtol * scale + ATOL


def _explains(predicted: np.ndarray, s: _Seen, rtol: float = RTOL) -> bool:
    """The learner's answer is `predicted`, and `predicted` is not the right answer: the pattern
    accounts for the whole difference."""
    assert s.e is not None and s.g is not None
    return _near(s.g, predicted, rtol) and not _near(predicted, s.e, rtol)


def apart(*numbers: float) -> list[str]:
    """The numbers with 6 significant digits, or with as many more as it takes for different
    numbers to print differently (so a sentence never says "1 where 1 is due")."""
    values = [float(x) for x in numbers]
    for digits in (6, 9, 12, 15):
        texts = [f"{x:.{digits}g}" for x in values]
        if len(set(texts)) == len(set(values)):
            return texts
    return [repr(x) for x in values]


def _where_due(got: float, expected: float) -> str:
    g, e = apart(got, expected)
    return f"{g} where {e} is due"


def _count(k: int, noun: str) -> str:
    plural = {"entry": "entries"}.get(noun, noun + "s")
    return f"{k} {noun if k == 1 else plural}"


def _vector_kind(shape: tuple[int, ...]) -> str | None:
    if len(shape) == 1:
        return "flat"
    if len(shape) == 2 and shape[1] == 1:
        return "column"
    if len(shape) == 2 and shape[0] == 1:
        return "row"
    return None


AS = {"flat": "a flat vector", "column": "a column", "row": "a row"}


def _same_shape(s: _Seen, least: int = 1) -> tuple[np.ndarray, np.ndarray] | None:
    """Both answers, when they are numbers of one shape with at least `least` entries."""
    if s.e is None or s.g is None or s.e.shape != s.g.shape or s.e.size < least:
        return None
    return s.e, s.g


# --- the detectors, in the order they are tried ------------------------------------------------


def errors(s: _Seen) -> list[Finding]:
    """A value where the task defines an error, or another error than the one it defines."""
    expected, got = s.example.expected, s.example.got
    if isinstance(expected, Raised):
        why = f" ({expected.why})" if expected.why else ""
        if not isinstance(got, Raised):
            return [
                Finding(
                    "no-error",
                    f"Your function returns a value where the task says it must raise "
                    f"{expected.error}{why}",
                )
            ]
        return [
            Finding(
                "wrong-error",
                f"Your function raises {got.error} where the task says it must raise "
                f"{expected.error}{why}",
            )
        ]
    return []


REFLECTED = {"+": "__radd__", "-": "__rsub__", "*": "__rmul__", "/": "__rtruediv__"}


def raised(s: _Seen) -> list[Finding]:
    """An error where the task defines a value (asked only when other inputs pass). A number on
    the left of an operator that the learner's class does not take from the right is said so."""
    expected, got = s.example.expected, s.example.got
    if not isinstance(got, Raised) or isinstance(expected, Raised):
        return []
    reflected = re.fullmatch(
        r"unsupported operand type\(s\) for ([-+*/]): '(int|float)' and '(\w+)'", got.why
    )
    if got.error == "TypeError" and reflected:
        op, number, kind = reflected.groups()
        return [
            Finding(
                f"reflected:{REFLECTED[op]}",
                f"A {number} on the left of {op} fails: Python asks {kind}.{REFLECTED[op]} for "
                f"`{number} {op} {kind}`, and your class has none; write it (mind the order "
                "for - and /)",
            )
        ]
    return [
        Finding(
            f"raised:{got.error}",
            f"Your function raises {got.error} where the task defines an answer (on the other "
            "inputs tried it is right)",
        )
    ]


def not_finite(s: _Seen) -> list[Finding]:
    """nan or inf where the right answer is finite, or a number where the task defines nan."""
    e, g = s.e, s.g
    if e is None or g is None or g.size == 0:
        return []
    if np.isfinite(e).all() and not np.isfinite(g).all():
        bad = ~np.isfinite(g)
        which = " and ".join(w for w, m in (("nan", np.isnan(g)), ("inf", np.isinf(g))) if m.any())
        where = "" if g.size == 1 else f" in {bad.sum()} of its {_count(g.size, 'entry')}"
        return [
            Finding(
                "not-finite",
                f"{s.subject} has {which}{where} where the right answer is finite",
                "is there a division by zero (0/0 is nan) or a value that overflows?",
            )
        ]
    due = np.isnan(e)
    if g.shape == e.shape and due.any() and np.isfinite(g[due]).all():
        where = "" if e.size == 1 else f" in {due.sum()} of its {_count(e.size, 'entry')}"
        return [
            Finding("number-not-nan", f"{s.subject} has numbers{where} where the task defines nan")
        ]
    return []


def reshaped(s: _Seen) -> list[Finding]:
    """The right entries in another shape: a row for a column, flattened, reshaped."""
    e, g = s.e, s.g
    if e is None or g is None or e.shape == g.shape or e.size != g.size or e.size < 2:
        return []
    theirs, ours = _vector_kind(g.shape), _vector_kind(e.shape)
    if theirs and ours and _near(g.ravel(), e.ravel()):
        return [
            Finding(
                f"{theirs}-not-{ours}",
                f"{s.subject} has the right entries as {AS[theirs]}, shape {g.shape}, where "
                f"{AS[ours]}, shape {e.shape}, is due",
            )
        ]
    if g.ndim == 1 and e.ndim > 1:
        for order, how in (("C", "row by row"), ("F", "column by column")):
            if _near(g, e.ravel(order=order)):
                return [
                    Finding(
                        "flattened",
                        f"{s.subject} has the right entries, flattened {how} to shape {g.shape} "
                        f"where shape {e.shape} is due",
                    )
                ]
    if _near(g.ravel(), e.ravel()):
        return [
            Finding(
                "reshaped",
                f"{s.subject} has the right entries in shape {g.shape} where shape {e.shape} "
                "is due",
            )
        ]
    return []


def collapsed(s: _Seen) -> list[Finding]:
    """One number where an array is due, and which number it is."""
    e, g = s.e, s.g
    if e is None or g is None or g.size != 1 or e.size < 2:
        return []
    x = g.reshape(1)
    ways = (
        ("sum", e.sum(), "the sum of the right entries"),
        ("mean", e.mean(), "the mean of the right entries"),
        ("first", e.flat[0], "the first right entry"),
        ("last", e.flat[-1], "the last right entry"),
        ("norm", np.linalg.norm(e), "the norm of the right answer"),
    )
    return [
        Finding(
            f"collapsed:{key}",
            f"{s.subject} is one number, {what}, where shape {e.shape} is due",
        )
        for key, value, what in ways
        if _near(x, np.reshape(value, 1))
    ]


def sequence_length(s: _Seen) -> list[Finding]:
    """A sequence (entries, or rows of a trajectory) one step short or one step long."""
    e, g = s.e, s.g
    if e is None or g is None or e.ndim == 0 or g.ndim != e.ndim or g.shape[1:] != e.shape[1:]:
        return []
    k, item = len(e), "entry" if e.ndim == 1 else "row"
    counted = f"({_count(len(g), item)} where {k} {'is' if k == 1 else 'are'} due)"
    right = f"{s.subject} is the right sequence"
    ways = []
    if len(g) == k - 1:
        ways = [
            ("one-short", g, e[:-1], f"without its last {item} {counted}: one step short"),
            (
                "missing-first",
                g,
                e[1:],
                f"without its first {item} {counted}: the start is missing",
            ),
        ]
    if len(g) == k + 1:
        ways = [
            ("one-long", g[:-1], e, f"with one more {item} at the end {counted}: a step too many"),
            ("extra-first", g[1:], e, f"with one extra {item} at the start {counted}"),
        ]
    return [Finding(key, f"{right} {what}") for key, a, b, what in ways if _near(a, b)]


def scaled(s: _Seen) -> list[Finding]:
    """got = c·expected for a simple c: 2, 1/2, −1, π/180 and 180/π (an angle in the other unit),
    or n/(n − 1), (n − 1)/n, n, 1/n."""
    pair = _same_shape(s)
    if pair is None or not np.any(pair[0]):
        return []
    e, _ = pair
    factors: list[tuple[str, float, str, str]] = [
        ("scaled-2", 2.0, "exactly twice the right one", ""),
        ("scaled-half", 0.5, "exactly half the right one", ""),
        ("negated", -1.0, "exactly the negative of the right one (every sign flipped)", ""),
        (
            "radians-for-degrees",
            np.pi / 180,
            "exactly π/180 times the right one",
            "is it in radians where this drill asks for degrees? np.degrees converts.",
        ),
        (
            "degrees-for-radians",
            180 / np.pi,
            "exactly 180/π times the right one",
            "is it in degrees where this drill asks for radians? np.radians converts.",
        ),
    ]
    n = s.n
    if n is not None and n >= 2:
        times = f"times the right one (n = {n} here, {s.n_is})"
        factors += [
            (
                "scaled-n-over-n-minus-1",
                n / (n - 1),
                f"exactly n/(n − 1) {times}",
                "did you divide by n − 1 where this drill divides by n?",
            ),
            (
                "scaled-n-minus-1-over-n",
                (n - 1) / n,
                f"exactly (n − 1)/n {times}",
                "did you divide by n where this drill divides by n − 1?",
            ),
            (
                "scaled-n",
                float(n),
                f"exactly n {times}",
                "did you sum where this drill takes the mean?",
            ),
            (
                "scaled-1-over-n",
                1 / n,
                f"exactly 1/n {times}",
                "did you take the mean where this drill sums?",
            ),
        ]
    return [
        Finding(key, f"{s.subject} is {text}", question)
        for key, c, text, question in factors
        if _explains(c * e, s)
    ]


def transposed(s: _Seen) -> list[Finding]:
    e, g = s.e, s.g
    if e is None or g is None or e.ndim != 2 or g.shape != e.shape[::-1] or e.size < 2:
        return []
    if not _explains(e.T, s):
        return []
    how = (
        ": its rows are the right answer's columns"
        if e.shape[0] == e.shape[1]
        else f", shape {g.shape} where {e.shape} is due"
    )
    return [Finding("transposed", f"{s.subject} is the transpose of the right one{how}")]


def shifted(s: _Seen) -> list[Finding]:
    """A sequence of the right length, shifted by one step."""
    pair = _same_shape(s, least=4)
    if pair is None or pair[0].ndim == 0 or len(pair[0]) < 4:
        return []
    e, g = pair
    item = "entry" if e.ndim == 1 else "row"
    found = []
    if _near(e[:-1], e[1:]):
        return []  # a constant sequence looks the same shifted
    if _near(g[:-1], e[1:]):
        text = f"{s.subject} runs one step ahead: each {item} is the one due a step later"
        found.append(Finding("shifted-ahead", text))
    if _near(g[1:], e[:-1]):
        text = f"{s.subject} lags one step behind: each {item} is the one due a step earlier"
        found.append(Finding("shifted-behind", text))
    return found


def _monotone(x: np.ndarray, sign: int) -> bool:
    steps = sign * np.diff(x)
    return bool(np.all(steps >= -RTOL * max(1.0, float(np.max(np.abs(x))))) and np.any(steps > 0))


def order(s: _Seen) -> list[Finding]:
    """The right values in another order: reversed, ascending for descending, unsorted; for a
    matrix, its columns (or rows) in another order."""
    pair = _same_shape(s, least=2)
    if pair is None:
        return []
    e, g = pair
    if _vector_kind(e.shape):
        return _vector_order(e.ravel(), g.ravel(), s.subject)
    if e.ndim == 2:
        return _line_order(e, g, s.subject, "columns") + _line_order(e.T, g.T, s.subject, "rows")
    return []


def _vector_order(x: np.ndarray, y: np.ndarray, subject: str) -> list[Finding]:
    if not _near(np.sort(y), np.sort(x)) or _near(y, x):
        return []
    down, up = _monotone(x, -1), _monotone(x, 1)
    found = []
    if down and _monotone(y, 1):
        found.append(
            Finding(
                "ascending",
                f"{subject} has the right values sorted ascending, "
                "where this drill wants them descending",
            )
        )
    if up and _monotone(y, -1):
        found.append(
            Finding(
                "descending",
                f"{subject} has the right values sorted descending, "
                "where this drill wants them ascending",
            )
        )
    if _near(y, x[::-1]):
        found.append(Finding("reversed", f"{subject} has the right values in reverse order"))
    if down or up:
        wanted = "descending" if down else "ascending"
        found.append(
            Finding(
                f"unsorted:{wanted}",
                f"{subject} has the right values, but not in the {wanted} order this drill wants",
            )
        )
    found.append(Finding("permuted", f"{subject} has the right values in another order"))
    return found


def _line_order(e: np.ndarray, g: np.ndarray, subject: str, lines: str) -> list[Finding]:
    """g's columns are e's in another order (each up to its sign)."""
    k = e.shape[1]
    free, perm, flipped = list(range(k)), [], False
    for j in range(k):
        match = next(
            ((i, sign) for i in free for sign in (1.0, -1.0) if _near(g[:, j], sign * e[:, i])),
            None,
        )
        if match is None:
            return []
        free.remove(match[0])
        perm.append(match[0])
        flipped |= match[1] < 0
    if perm == list(range(k)):
        return []
    signs = " (up to their signs)" if flipped else ""
    if perm == list(range(k))[::-1]:
        text = f"{subject} has the right {lines}{signs} in reverse order"
        return [Finding(f"{lines}-reversed", text)]
    text = f"{subject} has the right {lines}{signs} in another order"
    return [Finding(f"{lines}-permuted", text)]


def length(s: _Seen) -> list[Finding]:
    """A vector in the right direction with the wrong length."""
    pair = _same_shape(s, least=2)
    if pair is None or not _vector_kind(pair[0].shape):
        return []
    x, y = pair[0].ravel(), pair[1].ravel()
    xx = float(x @ x)
    if xx == 0:
        return []
    t = float(y @ x) / xx
    if t <= 0 or not _explains((t * x).reshape(pair[0].shape), s):
        return []
    right, theirs = float(np.sqrt(xx)), float(np.linalg.norm(y))
    if abs(right - 1) <= RTOL:
        lg, _ = apart(theirs, 1.0)
        return [
            Finding(
                "not-unit",
                f"{s.subject} has the right direction but length {lg} where a unit vector is due",
                "did you divide by its norm?",
            )
        ]
    if abs(theirs - 1) <= RTOL:
        _, le = apart(1.0, right)
        return [
            Finding(
                "normalised",
                f"{s.subject} has the right direction, scaled to length 1, where the right one "
                f"has length {le}",
                "did you normalise where this drill does not?",
            )
        ]
    return [
        Finding(
            "wrong-length",
            f"{s.subject} has the right direction but length {_where_due(theirs, right)}",
        )
    ]


def whole_numbers(s: _Seen) -> list[Finding]:
    """Right up to rounding, or cut off to whole numbers (an integer array or accumulator)."""
    pair = _same_shape(s)
    if pair is None or not np.isfinite(pair[1]).all():
        return []
    e, g = pair
    fraction = np.flatnonzero(e != np.round(e))
    if fraction.size == 0:
        return []
    i = int(fraction[0])
    here = f"(here {_where_due(g.flat[i], e.flat[i])})"
    found = []
    if _explains(np.trunc(e), s, EXACT):
        found.append(
            Finding(
                "truncated",
                f"{s.subject} is the right one with each entry's fraction cut off {here}",
                "is the array you store the results in of integer type (an int array, such as "
                "np.zeros(shape, dtype=int), truncates every value put in it)?",
            )
        )
    if _explains(np.floor(e), s, EXACT):
        found.append(
            Finding(
                "floored",
                f"{s.subject} is the right one rounded down to whole numbers {here}",
                "is there a floor division // where the division should be exact?",
            )
        )
    for decimals in range(11):
        rounded = np.round(e, decimals)
        if _near(rounded, e, EXACT):
            break
        if _explains(rounded, s, EXACT):
            to = "whole numbers" if decimals == 0 else _count(decimals, "decimal")
            found.append(
                Finding(f"rounded:{decimals}", f"{s.subject} is the right one rounded to {to}")
            )
    close_by = np.all(np.abs(g - e) < 1 + 0.5 * np.abs(e))
    if np.all(g == np.round(g)) and close_by:
        found.append(
            Finding(
                "whole-numbers",
                f"{s.subject} holds only whole numbers where the right one has fractions {here}",
                "is an array or an accumulator in your code of integer type, so that every "
                "value stored in it loses its fraction?",
            )
        )
    return found


DETECTORS: tuple[Detector, ...] = (
    errors,
    raised,
    not_finite,
    reshaped,
    collapsed,
    sequence_length,
    scaled,
    transposed,
    shifted,
    order,
    length,
    whole_numbers,
)
