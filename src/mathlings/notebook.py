"""Checking from a notebook: the learner's functions are sent to the sandbox, never run here."""

from __future__ import annotations

import atexit
import inspect
import sys
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


def show_verdicts_in_ipython() -> None:
    """In IPython and Jupyter a verdict is shown once: as HTML in the notebook's colours, as plain
    text in a console. Registered here, by the front end, so that a Verdict stays plain data."""
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    if shell is None:
        return
    from mathlings.render import verdict_html, verdict_text

    formatters = shell.display_formatter.formatters
    formatters["text/html"].for_type(Verdict, verdict_html)
    formatters["text/plain"].for_type(
        Verdict, lambda v, printer, _: printer.text(verdict_text(v).rstrip())
    )


def check(drill_id: str, code: Any, timeout: float | None = None) -> Verdict:
    show_verdicts_in_ipython()
    course = load_course()
    drill = course.drill(drill_id)
    from mathlings.actions import unmet_needs

    unmet = unmet_needs(drill)
    if unmet is not None:  # an oracle is not installed: say which, record nothing
        return unmet
    verdict = run_check(
        drill, namespace=as_namespace(code), sandbox=_warm_sandbox(), timeout=timeout
    )
    workspace = find_workspace(course, Path.cwd())
    if workspace is not None:
        with workspace.progress() as progress:
            progress.record_attempt(drill.id, verdict.status, verdict.duration_ms)
    return verdict
