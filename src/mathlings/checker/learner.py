"""The code a check calls, as the checks see it: names looked up with clear errors, calls made
safely, and what went wrong as exceptions the engine turns into outcomes.

The learner's own code is a `RemoteLearner` (remote.py): it runs in another process. `Learner`
here is trusted code loaded into the judge itself: the known mistakes and alternatives, which
run where they are cheapest. Both have the same interface, so a check cannot tell them apart.
"""

from __future__ import annotations

import contextlib
import copy
import inspect
import io
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np

from mathlings.checker.rules import RuleBroken
from mathlings.checker.runner import learner_traceback, one_line, parse_signature


class CallTimeout(BaseException):
    """The drill's time budget ran out inside a learner call: `cpu` seconds of CPU time, or, when
    `wall` is set, that many seconds of wall-clock time (code that waits without computing)."""

    def __init__(self, cpu: float | None = None, wall: float | None = None) -> None:
        super().__init__(cpu, wall)
        self.cpu, self.wall = cpu, wall

    def sentence(self, what: str) -> str:
        """`what` was still running when ...: the limit, stated."""
        if self.wall is not None:
            return (
                f"{what} was still waiting after {self.wall:g} s of wall-clock time while using "
                "almost no CPU (is it sleeping, or waiting for input?)"
            )
        limit = f"the {self.cpu:g} s of CPU time" if self.cpu is not None else "the CPU time"
        return f"{what} was still running when {limit} this step allows ran out"


class LearnerRaised(Exception):
    """The code raised. `error` is an exception of a trusted class (for the learner's code, the
    nearest built-in or NumPy class of what it raised, made on the judge's side)."""

    def __init__(
        self,
        error: BaseException,
        files: frozenset[str] = frozenset(),
        *,
        text: str | None = None,
        trace: str | None = None,
    ) -> None:
        super().__init__(text if text is not None else one_line(error))
        self.error = error
        self.files = files
        self._trace = trace

    @property
    def trace(self) -> str:
        """Formatted only when shown: a search may see hundreds of these."""
        if self._trace is not None:
            return self._trace
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
    """Trusted code (a known mistake, an alternative) loaded into a namespace in the judge."""

    def __init__(
        self, namespace: dict[str, Any], files: frozenset[str], quiet: bool = True
    ) -> None:
        self.namespace = namespace
        self.files = files
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
        with silenced(self.quiet):
            try:
                result = fn(*given)
            except (RuleBroken, CallTimeout):
                raise
            except BaseException as error:  # learner code may raise anything, SystemExit included
                raise LearnerRaised(error, self.files) from None
        for position, (before, after) in enumerate(zip(args, given, strict=True)):
            if not callable(before) and not same(before, after):
                shown = params[position] if position < len(params) else f"#{position + 1}"
                raise ChangedInput(name, shown)
        return result


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
