"""The learner's code as the checks see it: names looked up with clear errors, calls made safely.

Every call gets copies of its arguments (and is told if it changed them in place), runs under the
drill's time budget, and turns whatever the learner's code raises into a `LearnerRaised` that
carries a traceback of the learner's own frames only.
"""

from __future__ import annotations

import contextlib
import copy
import inspect
import io
import signal
import time
import traceback
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np

from mathlings.checker.rules import Guards, RuleBroken


class CallTimeout(BaseException):
    """The drill's time budget ran out inside a learner call."""


class LearnerRaised(Exception):
    def __init__(self, error: BaseException, files: frozenset[str]) -> None:
        super().__init__(one_line(error))
        self.error = error
        self.files = files

    @property
    def trace(self) -> str:
        """Formatted only when shown: a search may see hundreds of these."""
        return learner_traceback(self.error, self.files)


class Missing(Exception):
    """A function or value the drill needs is not in the learner's file, or has the wrong shape."""


class ChangedInput(Exception):
    def __init__(self, function: str, argument: str) -> None:
        super().__init__(
            f"{function} changed its argument {argument} in place; the caller's data must not "
            f"change. Work on a copy ({argument}.copy()) or build a new array."
        )
        self.argument = argument


def one_line(error: BaseException) -> str:
    if isinstance(error, SystemExit):
        return f"your code called sys.exit({error.code!r})"
    if isinstance(error, KeyboardInterrupt):
        return "your code raised KeyboardInterrupt"
    if isinstance(error, MemoryError):
        return "your code ran out of memory (MemoryError): it asked for more than the memory limit"
    text = str(error)
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def learner_traceback(error: BaseException, files: frozenset[str]) -> str:
    """The traceback cut down to the learner's own frames: our machinery is noise to them."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename in files]
    lines = traceback.format_list(frames)
    return ("".join(lines) + one_line(error)).strip()


def parse_signature(signature: str) -> tuple[str, list[str]]:
    """'matmul(A, B)' -> ('matmul', ['A', 'B'])."""
    name, _, rest = signature.partition("(")
    params = [p.strip() for p in rest.rstrip(")").split(",") if p.strip()]
    return name.strip(), params


def same(before: Any, after: Any) -> bool:
    if isinstance(before, np.ndarray):
        return (
            isinstance(after, np.ndarray)
            and before.shape == after.shape
            and bool(np.array_equal(before, after, equal_nan=before.dtype.kind == "f"))
        )
    if isinstance(before, (list, tuple)):
        return (
            isinstance(after, (list, tuple))
            and len(before) == len(after)
            and all(same(b, a) for b, a in zip(before, after, strict=True))
        )
    if isinstance(before, dict):
        return before.keys() == after.keys() and all(same(before[k], after[k]) for k in before)
    try:
        return bool(before == after)
    except Exception:
        return True


def _copy(value: Any) -> Any:
    if callable(value):
        return value
    try:
        return copy.deepcopy(value)
    except Exception:
        return value


class Learner:
    """One learner module (or a known-mistake module) loaded into a namespace."""

    def __init__(
        self,
        namespace: dict[str, Any],
        files: frozenset[str],
        guards: Guards | None = None,
        deadline: float | None = None,
        quiet: bool = False,
    ) -> None:
        self.namespace = namespace
        self.files = files
        self.guards = guards
        self.deadline = deadline
        self.quiet = quiet  # a known-mistake module: what it prints is not the learner's output

    def value(self, name: str) -> Any:
        if name not in self.namespace:
            raise Missing(f"Your file does not define {name}; add `{name} = ...` at the top level.")
        return self.namespace[name]

    def function(self, signature: str) -> Callable[..., Any]:
        name, params = parse_signature(signature)
        fn = self.namespace.get(name)
        if fn is None:
            raise Missing(
                f"Your file does not define {signature}; add a function `def {signature}:`."
            )
        if not callable(fn):
            raise Missing(
                f"{name} in your file is a {type(fn).__name__}, not a function {signature}."
            )
        try:
            inspect.signature(fn).bind(*params)
        except TypeError:
            raise Missing(
                f"Your {name} takes {name}{inspect.signature(fn)}, "
                f"but this drill calls {signature}."
            ) from None
        except ValueError:  # no signature available (a builtin): let the call decide
            pass
        return fn

    def call(self, signature: str, *args: Any) -> Any:
        """Call the learner's function on copies of args; raise LearnerRaised, ChangedInput, ..."""
        fn = self.function(signature)
        name, params = parse_signature(signature)
        given = tuple(_copy(a) for a in args)
        passed = tuple(self.guards.wrap(a) for a in given) if self.guards else given
        with self._budget(), silenced(self.quiet):
            try:
                result = fn(*passed)
            except (RuleBroken, CallTimeout):
                raise
            except BaseException as error:  # learner code may raise anything, SystemExit included
                raise LearnerRaised(error, self.files) from None
        for position, (before, after) in enumerate(zip(args, given, strict=True)):
            if not callable(before) and not same(before, after):
                shown = params[position] if position < len(params) else f"#{position + 1}"
                raise ChangedInput(name, shown)
        return result

    def _budget(self) -> Alarm:
        return Alarm(self.deadline)


@contextlib.contextmanager
def silenced(quiet: bool = True) -> Iterator[None]:
    """Drop prints and warnings (used while our own mistake files run to name a mistake)."""
    if not quiet:
        yield
        return
    with (
        warnings.catch_warnings(),
        contextlib.redirect_stdout(io.StringIO()),
        contextlib.redirect_stderr(io.StringIO()),
    ):
        warnings.simplefilter("ignore")
        yield


class Alarm:
    """SIGALRM at the drill's deadline while learner code runs (a pure-Python hang is interrupted
    and reported with its input; a hang inside BLAS is left to the supervisor's wall clock)."""

    def __init__(self, deadline: float | None) -> None:
        self.deadline = deadline

    def __enter__(self) -> None:
        if self.deadline is None:
            return
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise CallTimeout()
        signal.signal(signal.SIGALRM, _raise_timeout)
        signal.setitimer(signal.ITIMER_REAL, remaining)

    def __exit__(self, *exc: object) -> None:
        if self.deadline is not None:
            signal.setitimer(signal.ITIMER_REAL, 0)


def _raise_timeout(signum: int, frame: object) -> None:
    raise CallTimeout()
