"""Checking from a notebook: the learner's functions are sent to the sandbox, never run here."""

from __future__ import annotations

import atexit
import inspect
from pathlib import Path
from typing import Any

from mathlings.actions import find_workspace
from mathlings.catalog import load_course
from mathlings.checker import Sandbox, Verdict
from mathlings.checker import check as run_check

_sandbox: Sandbox | None = None


def _warm_sandbox() -> Sandbox:
    """One sandbox per notebook kernel, kept warm between checks."""
    global _sandbox
    if _sandbox is None:
        _sandbox = Sandbox()
        atexit.register(_sandbox.close)
    return _sandbox


def as_namespace(code: Any) -> dict[str, Any]:
    if isinstance(code, dict):
        return code
    if inspect.isfunction(code):
        return {code.__name__: code}
    if inspect.ismodule(code):
        return vars(code)
    raise TypeError(
        "mathlings.check takes globals() (or any dict of your functions), one function, or a "
        f"module; got a {type(code).__name__}."
    )


def check(drill_id: str, code: Any, timeout: float | None = None) -> Verdict:
    course = load_course()
    drill = course.drill(drill_id)
    verdict = run_check(
        drill, namespace=as_namespace(code), sandbox=_warm_sandbox(), timeout=timeout
    )
    workspace = find_workspace(course, Path.cwd())
    if workspace is not None:
        with workspace.progress() as progress:
            progress.record_attempt(drill.id, verdict.status, verdict.duration_ms)
    return verdict
