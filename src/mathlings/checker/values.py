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
