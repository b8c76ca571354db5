"""What may cross from the learner's process to the judge: plain data, decoded strictly.

The learner's process encodes what its code returned as a tree of tagged JSON nodes: None, `...`,
bools, ints, floats, complex numbers, strings, lists, tuples, dicts, sets of numbers and strings,
numeric NumPy arrays and scalars, torch tensors, and matplotlib Figures as what they draw (a
`Plot`: per Axes its lines' data and labels, the axis labels, title, legend and scales). Anything
else (an object with its own `__eq__`, a subclass, a generator) crosses only as `Foreign`: its
type's name and a short repr, never the object. The judge rebuilds the tree with its own NumPy, so
nothing the learner's code defined ever runs on the judge's side.

Messages are length-prefixed frames with a size cap that is checked before anything is read.
"""

from __future__ import annotations

import base64
import fractions
import json
import math
import os
import struct
from dataclasses import dataclass
from typing import Any

import numpy as np

MAX_FRAME = 256 * 2**20  # bytes in one reply: an answer bigger than this is an error verdict
MAX_DEPTH = 64
NUMERIC_KINDS = "biufc"
MAX_AXES, MAX_LINES, MAX_POINTS = 16, 64, 100_000  # in one figure, on one Axes, on one line
MAX_TEXT = 1_000  # characters of a label, a title or a legend entry
HEADER = struct.Struct("!Q")
# Keys of a dict and members of a set are hashed when the judge rebuilds them: integers chosen to
# collide make that quadratic (20 000 of them take seconds), so both are kept small.
MAX_KEYS = 1_000
_SET_MEMBERS = (bool, int, float, str, type(None))  # what a set may hold to cross


class WireError(Exception):
    """A reply that is not what the protocol allows (too large, malformed, unknown tag)."""


@dataclass(frozen=True)
class Foreign:
    """A value of a type that does not cross: the judge sees only what it was."""

    type_name: str
    shown: str

    def __repr__(self) -> str:
        return f"<{self.type_name} {self.shown}>"


@dataclass(frozen=True, eq=False)
class PlotLine:
    """One line as drawn: its points (float arrays of one length) and its legend label ("" when
    it has none: matplotlib hides labels that start with "_")."""

    x: np.ndarray
    y: np.ndarray
    label: str
    linestyle: str
    marker: str


@dataclass(frozen=True, eq=False)
class PlotAxes:
    """One Axes: its visible lines, the texts around them and the scales ("linear", "log", ...)."""

    lines: tuple[PlotLine, ...]
    xlabel: str
    ylabel: str
    title: str
    legend: tuple[str, ...]
    xscale: str
    yscale: str


@dataclass(frozen=True, eq=False)
class Plot:
    """What a learner's matplotlib Figure draws, as plain data: its visible Axes and the texts
    of the legends on the figure itself (fig.legend)."""

    axes: tuple[PlotAxes, ...]
    legend: tuple[str, ...]

    @property
    def lines(self) -> tuple[PlotLine, ...]:
        return tuple(line for ax in self.axes for line in ax.lines)


def type_name(value: Any) -> str:
    """What type the learner's value was, as a sentence names it (the original, for a Foreign)."""
    return value.type_name if isinstance(value, Foreign) else type(value).__name__


# --- frames ----------------------------------------------------------------------------------


def send_frame(fd: int, payload: bytes) -> None:
    view = memoryview(HEADER.pack(len(payload)) + payload)
    while view:
        view = view[os.write(fd, view) :]


class FrameReader:
    """Reassembles frames from bytes read as they arrive; refuses a frame over the cap."""

    def __init__(self, cap: int = MAX_FRAME) -> None:
        self.buffer = bytearray()
        self.cap = cap

    def feed(self, data: bytes) -> None:
        self.buffer += data
        if len(self.buffer) >= HEADER.size:
            (size,) = HEADER.unpack_from(self.buffer)
            if size > self.cap:
                raise WireError(f"a reply of {size} bytes, over the limit of {self.cap}")

    def frame(self) -> bytes | None:
        if len(self.buffer) < HEADER.size:
            return None
        (size,) = HEADER.unpack_from(self.buffer)
        end = HEADER.size + size
        if len(self.buffer) < end:
            return None
        payload = bytes(self.buffer[HEADER.size : end])
        del self.buffer[:end]
        return payload


# --- the learner's side: encode ---------------------------------------------------------------


def _short_repr(value: Any) -> str:
    try:
        text = repr(value)
    except BaseException:  # a learner's __repr__ may raise anything
        text = "?"
    return text if len(text) <= 80 else text[:77] + "..."


def _array_node(array: np.ndarray) -> list[Any]:
    array = np.array(array, order="C", copy=True)
    return ["a", array.dtype.str, list(array.shape), base64.b64encode(array.tobytes()).decode()]


def _numbers_only(array: np.ndarray) -> np.ndarray | None:
    """An object array of plain numbers (Fractions from exact arithmetic) as a numeric array."""
    allowed = (int, float, complex, bool, fractions.Fraction)
    items = array.ravel().tolist()
    if not all(type(x) in allowed or type(x) in _NUMPY_SCALARS for x in items):
        return None
    kind = complex if any(isinstance(x, (complex, np.complexfloating)) for x in items) else float
    return np.array([kind(x) for x in items], dtype=kind).reshape(array.shape)


_NUMPY_SCALARS = (
    {t for t in np.sctypeDict.values() if issubclass(t, np.number) or t is np.bool_}
    if hasattr(np, "sctypeDict")
    else set()
)


def encode(value: Any, array_types: tuple[type, ...] = (), depth: int = 0) -> Any:
    """The value as tagged JSON nodes. Types are matched exactly, so a subclass is Foreign."""
    if depth > MAX_DEPTH:
        return ["x", "nesting", f"deeper than {MAX_DEPTH} levels"]
    kind = type(value)
    if value is None:
        return ["n"]
    if value is Ellipsis:  # a starter's placeholder, `answer = ...`
        return ["e"]
    if kind is bool:
        return ["b", value]
    if kind is int:
        return ["i", str(value)]
    if kind is float:
        return ["f", repr(value)]
    if kind is complex:
        return ["c", repr(value.real), repr(value.imag)]
    if kind is fractions.Fraction:
        return ["f", repr(float(value))]
    if kind is str:
        return ["s", value[:10_000]]
    if kind in (list, tuple):
        return ["l" if kind is list else "t", [encode(v, array_types, depth + 1) for v in value]]
    if isinstance(value, tuple) and hasattr(kind, "_fields"):
        # a named tuple (np.linalg.eigh's EighResult): its items cross as a plain tuple
        return ["t", [encode(v, array_types, depth + 1) for v in tuple.__iter__(value)]]
    if kind in (set, frozenset):
        if len(value) > MAX_KEYS:
            return ["x", kind.__name__, f"a {kind.__name__} of more than {MAX_KEYS} members"]
        # NumPy scalars (set(np.flatnonzero(mask))) cross as the Python numbers they equal
        members = [v.item() if type(v) in _NUMPY_SCALARS else v for v in value]
        if all(type(v) in _SET_MEMBERS for v in members):
            return ["S", kind is frozenset, [encode(v) for v in members]]
        return ["x", kind.__name__, _short_repr(value)]
    if kind is dict:
        if len(value) > MAX_KEYS:
            return ["x", "dict", f"a dict of more than {MAX_KEYS} entries"]
        if all(type(k) in (str, int) for k in value):
            return [
                "d",
                [[encode(k), encode(v, array_types, depth + 1)] for k, v in value.items()],
            ]
        return ["x", "dict", "a dict with keys that are not strings or integers"]
    if kind is np.ndarray or kind in array_types or kind is np.matrix:
        array = np.asarray(value).view(np.ndarray)
        if array.dtype.kind in NUMERIC_KINDS:
            return _array_node(array)
        if array.dtype.kind == "O":
            numeric = _numbers_only(array)
            if numeric is not None:
                return _array_node(numeric)
        return ["x", f"numpy array of dtype {array.dtype}", _short_repr(array)]
    if kind in _NUMPY_SCALARS:
        return ["g", *_array_node(np.asarray(value))[1:]]
    tensor = _tensor_node(value)
    if tensor is not None:
        return tensor
    figure = _figure_node(value)
    if figure is not None:
        return figure
    return [
        "x",
        f"{kind.__module__}.{kind.__qualname__}".removeprefix("builtins."),
        _short_repr(value),
    ]


def _tensor_node(value: Any) -> list[Any] | None:
    import sys

    torch = sys.modules.get("torch")
    if torch is None or type(value) not in (torch.Tensor, torch.nn.Parameter):
        return None
    tensor = torch.Tensor.detach(value).cpu()
    if tensor.dtype == torch.bfloat16:
        tensor = tensor.float()
    return ["T", *_array_node(tensor.numpy())[1:], bool(value.requires_grad)]


def _figure_node(value: Any) -> list[Any] | None:
    """A matplotlib Figure (exactly that type) as ["P", axes, figure legend], or None for anything
    else. matplotlib is looked up, never imported: a Figure exists only where it was imported."""
    import sys

    figure = sys.modules.get("matplotlib.figure")
    if figure is None or type(value) is not getattr(figure, "Figure", None):
        return None
    try:
        line_type = sys.modules["matplotlib.lines"].Line2D
        axes = [_axes_node(ax, line_type) for ax in value.axes if ax.get_visible()]
        if len(axes) > MAX_AXES:
            raise _OverCap(f"more than {MAX_AXES} Axes")
        legends = [text for legend in value.legends for text in _legend_texts(legend)]
        return ["P", axes, legends[:MAX_LINES]]
    except _OverCap as over:
        return ["x", "matplotlib.figure.Figure", f"a figure with {over}"]
    except Exception as error:  # the learner's figure (or a patched matplotlib) may raise anything
        return ["x", "matplotlib.figure.Figure", f"a figure that cannot be read: {error!s:.80}"]


class _OverCap(Exception):
    """A figure bigger than what crosses (the message says how)."""


def _axes_node(ax: Any, line_type: type) -> list[Any]:
    """[lines, xlabel, ylabel, title, legend, xscale, yscale]."""
    lines = [line for line in ax.lines if isinstance(line, line_type) and line.get_visible()]
    if len(lines) > MAX_LINES:
        raise _OverCap(f"more than {MAX_LINES} lines on one Axes")
    titles = (ax.get_title("left"), ax.get_title(), ax.get_title("right"))
    return [
        [_line_node(line, line_type) for line in lines],
        _text(ax.get_xlabel()),
        _text(ax.get_ylabel()),
        _text(" ".join(t for t in titles if t)),
        _legend_texts(ax.get_legend()),
        _text(ax.get_xscale()),
        _text(ax.get_yscale()),
    ]


def _line_node(line: Any, line_type: Any) -> list[Any]:
    """[x, y, label, linestyle, marker]: the data as drawn (units converted, masks as NaN)."""
    x = np.asarray(line_type.get_xdata(line, False), dtype=np.float64).ravel()
    y = np.asarray(line_type.get_ydata(line, False), dtype=np.float64).ravel()
    if max(x.size, y.size) > MAX_POINTS:
        raise _OverCap(f"a line of more than {MAX_POINTS} points")
    label = _text(line.get_label())
    return [
        _array_node(x),
        _array_node(y),
        "" if label.startswith("_") else label,  # matplotlib's own "_child0": no label
        _style(line.get_linestyle()),
        _style(line.get_marker()),
    ]


def _text(value: Any) -> str:
    return str(value if value is not None else "")[:MAX_TEXT]


def _style(value: Any) -> str:
    """A line style or marker as matplotlib writes it, "" for none ("None", " ", None)."""
    text = _text(value)
    return "" if text.strip() in ("", "None", "none") else text


def _legend_texts(legend: Any) -> list[str]:
    return [] if legend is None else [_text(t.get_text()) for t in legend.get_texts()][:MAX_LINES]


class _Encoder(json.JSONEncoder):
    """Its own copies of the methods, taken when the runner starts, so that a learner's file that
    patches json.dumps or json.JSONEncoder does not change the replies (it would only garble its
    own answers into an error verdict, but a reply that stays readable is a clearer verdict)."""

    encode = json.JSONEncoder.encode
    iterencode = json.JSONEncoder.iterencode


_ENCODE = _Encoder().encode


def to_json(message: Any) -> bytes:
    return _ENCODE(message).encode()


def dumps(value: Any, array_types: tuple[type, ...] = ()) -> bytes:
    return to_json(encode(value, array_types))


# --- the judge's side: decode -----------------------------------------------------------------


def _array(dtype: Any, shape: Any, data: Any) -> np.ndarray:
    if not (isinstance(dtype, str) and isinstance(data, str) and isinstance(shape, list)):
        raise WireError("a malformed array")
    if not all(type(n) is int and n >= 0 for n in shape):
        raise WireError("an array with a malformed shape")
    try:
        np_dtype = np.dtype(dtype)
    except TypeError as error:
        raise WireError(f"an array of unknown dtype {dtype!r}") from error
    if np_dtype.kind not in NUMERIC_KINDS or np_dtype.hasobject:
        raise WireError(f"an array of dtype {np_dtype}, which is not numeric")
    raw = base64.b64decode(data, validate=True)
    if len(raw) != math.prod(shape) * np_dtype.itemsize:
        raise WireError("an array whose data does not match its shape")
    return np.frombuffer(raw, dtype=np_dtype).reshape(shape).copy()


def decode(node: Any, depth: int = 0) -> Any:
    """A tree of tagged nodes back into values the judge made itself."""
    if depth > MAX_DEPTH + 1 or not isinstance(node, list) or not node:
        raise WireError("a malformed value")
    tag, rest = node[0], node[1:]
    try:
        if tag == "n":
            return None
        if tag == "e":
            return Ellipsis
        if tag == "b" and type(rest[0]) is bool:
            return rest[0]
        if tag == "i" and type(rest[0]) is str:
            return int(rest[0])
        if tag == "f" and type(rest[0]) is str:
            return float(rest[0])
        if tag == "c":
            return complex(float(rest[0]), float(rest[1]))
        if tag == "s" and type(rest[0]) is str:
            return rest[0]
        if tag in ("l", "t") and type(rest[0]) is list:
            items = [decode(v, depth + 1) for v in rest[0]]
            return items if tag == "l" else tuple(items)
        if tag == "d" and type(rest[0]) is list:
            if len(rest[0]) > MAX_KEYS:
                raise WireError(f"a dict of more than {MAX_KEYS} entries")
            out: dict[Any, Any] = {}
            for pair in rest[0]:
                key = decode(pair[0], depth + 1)
                if type(key) not in (str, int):
                    raise WireError("a dict key that is not a string or an integer")
                out[key] = decode(pair[1], depth + 1)
            return out
        if tag == "S" and type(rest[0]) is bool and type(rest[1]) is list:
            if len(rest[1]) > MAX_KEYS:
                raise WireError(f"a set of more than {MAX_KEYS} members")
            members = [decode(v, depth + 1) for v in rest[1]]
            if not all(type(v) in _SET_MEMBERS for v in members):
                raise WireError("a set member that is not a number or a string")
            return frozenset(members) if rest[0] else set(members)
        if tag == "a":
            return _array(*rest[:3])
        if tag == "g":
            return _array(*rest[:3])[()]
        if tag == "T":
            import torch

            tensor = torch.from_numpy(_array(*rest[:3]))
            return (
                tensor.requires_grad_(True)
                if rest[3] is True and tensor.is_floating_point()
                else tensor
            )
        if tag == "x" and type(rest[0]) is str and type(rest[1]) is str:
            return Foreign(rest[0], rest[1])
        if tag == "P":
            if len(rest) != 2:
                raise WireError("a malformed plot")
            return _plot(*rest)
    except (IndexError, TypeError, ValueError, OverflowError) as error:
        raise WireError(f"a malformed value ({error})") from error
    raise WireError(f"a value with an unknown tag {str(tag)[:20]!r}")


def _texts(node: Any, most: int = 1) -> tuple[str, ...]:
    if type(node) is not list or len(node) > most or not all(type(t) is str for t in node):
        raise WireError("a plot with malformed text")
    if any(len(t) > MAX_TEXT for t in node):
        raise WireError(f"a plot with a text longer than {MAX_TEXT} characters")
    return tuple(node)


def _points(node: Any) -> np.ndarray:
    if type(node) is not list or len(node) != 4 or node[0] != "a":
        raise WireError("a plot line whose data is not an array")
    points = _array(*node[1:])
    if points.dtype != np.float64 or points.ndim != 1 or points.size > MAX_POINTS:
        raise WireError("a plot line whose data is not a 1-D float64 array within the cap")
    points.setflags(write=False)
    return points


def _plot_line(node: Any) -> PlotLine:
    if type(node) is not list or len(node) != 5:
        raise WireError("a malformed plot line")
    x, y = _points(node[0]), _points(node[1])
    if x.size != y.size:
        raise WireError("a plot line whose x and y differ in length")
    label, linestyle, marker = _texts(node[2:], most=3)
    return PlotLine(x, y, label, linestyle, marker)


def _plot_axes(node: Any) -> PlotAxes:
    if type(node) is not list or len(node) != 7 or type(node[0]) is not list:
        raise WireError("malformed plot axes")
    if len(node[0]) > MAX_LINES:
        raise WireError(f"plot axes with more than {MAX_LINES} lines")
    xlabel, ylabel, title = _texts(node[1:4], most=3)
    xscale, yscale = _texts(node[5:7], most=2)
    lines = tuple(_plot_line(line) for line in node[0])
    return PlotAxes(lines, xlabel, ylabel, title, _texts(node[4], MAX_LINES), xscale, yscale)


def _plot(axes: Any, legend: Any) -> Plot:
    if type(axes) is not list or len(axes) > MAX_AXES:
        raise WireError("a plot with malformed axes")
    return Plot(tuple(_plot_axes(ax) for ax in axes), _texts(legend, MAX_LINES))


def loads(payload: bytes) -> Any:
    try:
        tree = json.loads(payload)
    except (ValueError, RecursionError) as error:
        raise WireError("a reply that is not valid JSON") from error
    return decode(tree)
