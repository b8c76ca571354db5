"""Learner values made fit for JSON and for a small, readable display."""

from __future__ import annotations

import math
from typing import Any


def to_jsonable(value: Any) -> Any:
    """Arrays to nested lists, NumPy scalars to Python numbers, NaN and infinities to strings."""
    if hasattr(value, "detach") and hasattr(value, "numpy"):  # a torch tensor
        value = value.detach().cpu().numpy()
    if hasattr(value, "tolist") and hasattr(value, "dtype"):
        shape = tuple(getattr(value, "shape", ()))
        if 0 in shape:  # [] would hide the shape: a 0 x 3 array is shown so it can be typed back
            kind = getattr(value.dtype, "kind", "f")
            return f"np.zeros({shape}{'' if kind == 'f' else f', dtype={value.dtype}'})"
        if getattr(value.dtype, "kind", "") == "c" and not value.imag.any():
            value = value.real  # eigenvalues that np.linalg.eig gave as complex are real ones
        value = value.tolist()
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, complex):
        return f"{value.real:.6g}{value.imag:+.6g}i"  # JSON has no complex numbers: "1-2i"
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if callable(value):
        return f"<function {getattr(value, '__name__', '?')}>"
    return repr(value)


def as_source(value: Any) -> str | None:
    """The value as Python that makes it again (`np.zeros((0, 3))`, `np.array([[1.0], [2.0]])`),
    to be typed back in; None for what cannot be written so (a function, a complex array)."""
    if hasattr(value, "dtype") and hasattr(value, "shape") and hasattr(value, "tolist"):
        dtype = str(value.dtype)
        if value.dtype.kind not in "biuf":
            return None
        if value.ndim == 0:
            return f"np.{dtype}({as_source(value.item())})"
        if 0 in value.shape:
            given = "" if dtype == "float64" else f", dtype=np.{dtype}"
            return f"np.zeros({tuple(value.shape)}{given})"
        given = "" if dtype in ("float64", "int64", "bool") else f", dtype=np.{dtype}"
        return f"np.array({as_source(value.tolist())}{given})"
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return repr(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "np.nan"
        return repr(value) if math.isfinite(value) else ("np.inf" if value > 0 else "-np.inf")
    if isinstance(value, (list, tuple)):
        parts = [as_source(v) for v in value]
        if any(p is None for p in parts):
            return None
        text = ", ".join(p for p in parts if p is not None)
        if isinstance(value, tuple):
            return f"({text},)" if len(parts) == 1 else f"({text})"
        return f"[{text}]"
    return None


def visible(text: str) -> str:
    """Control characters made visible, so printed output cannot clear the screen, move the
    cursor or draw a fake ✓: ESC becomes \\x1b. Newlines and tabs stay."""
    import unicodedata

    return "".join(
        ch
        if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs")
        else (f"\\x{ord(ch):02x}" if ord(ch) < 256 else f"\\u{ord(ch):04x}")
        for ch in text
    )


def named(function: Any, formula: str) -> Any:
    """The function itself, shown in a counterexample as its formula: `named(lambda x: 2 * x,
    "grad(x) = 2x")` is written `<function grad(x) = 2x>` where it was an input."""
    function.__name__ = function.__qualname__ = formula
    return function


def identical(first: Any, second: Any) -> bool:
    """Whether two answers are the same, for "the same seed gives the same answer": numbers equal,
    arrays, lists and tuples of one shape with the same entries (a tuple and an array of the same
    numbers alike, NaN the same as NaN). Never raises: `answer != again` does on two arrays."""
    import numpy as np

    try:
        a, b = np.asarray(first), np.asarray(second)
        if a.dtype.kind in "biufc" and b.dtype.kind in "biufc":
            return a.shape == b.shape and bool(np.array_equal(a, b, equal_nan=True))
        return bool(first == second)
    except (TypeError, ValueError):
        return False
