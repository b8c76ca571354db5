"""Edge cases named from the inputs a learner's code raised on.

When a function raises only on inputs that share an edge (an empty dimension, a zero vector, a
zero matrix, a singular matrix, a single column) and is right elsewhere, the verdict names the
edge in one sentence and says what the task expects there: the drill's own sentence when its
check declares one (`Call(..., edges={"zero vector": "the task says ..."})`), else what the
oracle gives (an error to raise, or an answer). Like detect.py, it names an edge only when every
failing input seen has it, so an error raised everywhere is left to the traceback.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np

from mathlings.checker.detect import Example, Raised
from mathlings.checker.verdict import GENERIC, Diagnosis


def _matrix(a: np.ndarray) -> bool:
    return a.ndim == 2 and a.size > 0


def _singular(a: np.ndarray) -> bool:
    if not (_matrix(a) and a.shape[0] == a.shape[1] and np.isfinite(a).all()):
        return False
    return int(np.linalg.matrix_rank(a)) < a.shape[0]


# In the order they are tried: the first that every failing input has is the one named.
EDGES: dict[str, tuple[Callable[[np.ndarray], bool], str, str]] = {
    "empty dimension": (
        lambda a: a.ndim >= 1 and 0 in a.shape,
        "has a dimension of length 0",
        "have a dimension of length 0",
    ),
    "zero vector": (
        lambda a: a.ndim == 1 and a.size > 0 and not a.any(),
        "is the zero vector",
        "are zero vectors",
    ),
    "zero matrix": (
        lambda a: _matrix(a) and not a.any(),
        "is the zero matrix",
        "are zero matrices",
    ),
    "singular matrix": (_singular, "is a singular matrix", "are singular matrices"),
    "one column": (
        lambda a: _matrix(a) and a.shape[1] == 1,
        "has a single column (d = 1)",
        "have a single column (d = 1)",
    ),
}


def check_edges(edges: Mapping[str, str]) -> None:
    """A drill's declared edges must be ones this module can see in an input."""
    unknown = sorted(set(edges) - set(EDGES))
    if unknown:
        known = ", ".join(repr(name) for name in EDGES)
        raise ValueError(f"unknown edge {', '.join(map(repr, unknown))}: the edges are {known}")


def _has(edge: str, value: Any) -> bool:
    if not isinstance(value, np.ndarray) or value.dtype.kind not in "biuf":
        return False
    try:
        return bool(EDGES[edge][0](value))
    except (ValueError, np.linalg.LinAlgError):
        return False


def crashed_on_edge(
    examples: Sequence[Example],
    params: Sequence[str],
    passing: Sequence[tuple],
    sentences: Mapping[str, str] | None = None,
) -> Diagnosis | None:
    """The edge every failing example has and no passing input has, when the learner's code
    raised on every failing example and was right on the `passing` inputs; None otherwise. The
    first example is the one shown."""
    if not passing or not examples or not all(isinstance(e.got, Raised) for e in examples):
        return None
    for edge in EDGES:
        where = [_holding(edge, e.inputs, params) for e in examples]
        if all(where) and not any(_holding(edge, args, params) for args in passing):
            return Diagnosis(
                f"{GENERIC}edge-{edge.replace(' ', '-')}",
                _sentence(edge, where, examples, (sentences or {}).get(edge)),
            )
    return None


def _holding(edge: str, inputs: tuple, params: Sequence[str]) -> tuple[str, ...]:
    """The names of the arguments that have the edge."""
    return tuple(
        params[i] if i < len(params) else f"argument {i + 1}"
        for i, value in enumerate(inputs)
        if _has(edge, value)
    )


def _sentence(
    edge: str, where: list[tuple[str, ...]], examples: Sequence[Example], said: str | None
) -> str:
    _, singular, plural = EDGES[edge]
    if len(set(where)) == 1 and len(where[0]) > 1:
        subject = f"{', '.join(where[0][:-1])} and {where[0][-1]} {plural}"
    else:
        seen = list(dict.fromkeys(name for names in where for name in names))
        subject = f"{' or '.join(seen)} {singular}"
    first = examples[0]
    if len(examples) == 1 and edge == "empty dimension":
        shapes = [str(a.shape) for a in first.inputs if _has(edge, a)]
        subject += f" (shape{'s' if len(shapes) > 1 else ''} {' and '.join(shapes)})"
    raised = " or ".join(dict.fromkeys(e.got.error for e in examples))
    count = len(examples)
    evidence = "On the failing input" if count == 1 else f"On all {count} failing inputs seen"
    text = f"{evidence}, {subject}, and your code raised {raised}"
    if said:
        return f"{text}: {said.rstrip('.')}."
    expected = first.expected
    if isinstance(expected, Raised):
        why = f" ({expected.why})" if expected.why else ""
        return f"{text}, where the task says it must raise {expected.error}{why}."
    return (
        f"{text}; the task defines an answer for this edge case too (the expected one is shown "
        "below): make your code handle it."
    )
