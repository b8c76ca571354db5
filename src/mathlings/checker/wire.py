"""What may cross from the learner's process to the judge: plain data, decoded strictly.

The learner's process encodes what its code returned as a tree of tagged JSON nodes: None, bools,
ints, floats, complex numbers, strings, lists, tuples, dicts, numeric NumPy arrays and scalars and
torch tensors. Anything else (an object with its own `__eq__`, a subclass, a generator) crosses
only as `Foreign`: its type's name and a short repr, never the object. The judge rebuilds the tree
with its own NumPy, so nothing the learner's code defined ever runs on the judge's side.

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
HEADER = struct.Struct("!Q")


class WireError(Exception):
    """A reply that is not what the protocol allows (too large, malformed, unknown tag)."""


@dataclass(frozen=True)
class Foreign:
    """A value of a type that does not cross: the judge sees only what it was."""

    type_name: str
    shown: str

    def __repr__(self) -> str:
        return f"<{self.type_name} {self.shown}>"


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
    if kind is dict:
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
            out: dict[Any, Any] = {}
            for pair in rest[0]:
                key = decode(pair[0], depth + 1)
                if type(key) not in (str, int):
                    raise WireError("a dict key that is not a string or an integer")
                out[key] = decode(pair[1], depth + 1)
            return out
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
    except (IndexError, TypeError, ValueError, OverflowError) as error:
        raise WireError(f"a malformed value ({error})") from error
    raise WireError(f"a value with an unknown tag {str(tag)[:20]!r}")


def loads(payload: bytes) -> Any:
    try:
        tree = json.loads(payload)
    except (ValueError, RecursionError) as error:
        raise WireError("a reply that is not valid JSON") from error
    return decode(tree)
