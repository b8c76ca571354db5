"""The checker: generic machinery that runs a learner's code against a drill's checks.

It knows no particular drill. `check` is the one entry point the rest of mathlings uses, and this
module is the whole API a drill's check.py imports from: the kinds of check (`Call`, `Value`,
`Behaviour`, `Raises`), the comparators and `Mismatch`, the shared input generators as the
module `strategies`, and PyTorch autograd in float64 as the module `autograd`:

    from mathlings.checker import Call, Raises, close, strategies as gen

Every name is imported on first use: the runner (mathlings.checker.runner), which must stay clean
of the judge's code, imports this package without the sandbox, the catalog or the comparators.
"""

from __future__ import annotations

import base64
import importlib
import inspect
import sys
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mathlings.catalog import Drill
    from mathlings.checker.sandbox import Sandbox
    from mathlings.checker.verdict import Verdict

# Each public name and the submodule it lives in.
_EXPORTS = {
    "Sandbox": "sandbox",
    "Verdict": "verdict",
    **dict.fromkeys(
        [
            "Behaviour",
            "Call",
            "Check",
            "Context",
            "Outcome",
            "Pipeline",
            "Raises",
            "Stage",
            "Statistical",
            "Value",
            "unwritten",
        ],
        "spec",
    ),
    **dict.fromkeys(
        [
            "Comparator",
            "Curve",
            "Mismatch",
            "NotNumeric",
            "as_array",
            "close",
            "close_relative_to",
            "column_span",
            "columns_up_to_sign",
            "describe_shape",
            "eigenbasis",
            "entrywise",
            "exact",
            "explained",
            "fields",
            "formula",
            "parts",
            "plotted",
            "satisfies",
            "shape_hint",
            "shown",
            "sign_free_distance",
            "trajectory_of",
            "tuple_of",
            "tuple_up_to_shared_signs",
        ],
        "compare",
    ),
    "apart": "detect",
    **dict.fromkeys(["CallTimeout", "ChangedInput", "Learner", "LearnerRaised"], "learner"),
    "RuleBroken": "rules",
    **dict.fromkeys(["identical", "named"], "values"),
}
_MODULES = ("autograd", "stats", "strategies")

__all__ = sorted([*_EXPORTS, *_MODULES, "check", "job_for"])


def __getattr__(name: str) -> Any:
    if name in _MODULES:
        return importlib.import_module(f"{__name__}.{name}")
    if name in _EXPORTS:
        return getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return __all__


def job_for(
    drill: Drill,
    file: Path | None = None,
    namespace: dict[str, Any] | None = None,
    timeout: float | None = None,
    memory_mb: int | None = None,
) -> dict[str, Any]:
    """The request the sandbox runs: a drill and the learner's code, as a file or a namespace."""
    job: dict[str, Any] = {
        "drill": drill.id,
        "path": str(drill.path),
        "timeout": timeout if timeout is not None else drill.timeout,
        "needs": list(drill.needs),
    }
    if memory_mb is not None:
        job["memory_mb"] = memory_mb
    if file is not None:
        job["file"] = str(Path(file).resolve())
    if namespace is not None:
        import cloudpickle

        _pickle_by_value(namespace)
        wanted = {k: v for k, v in namespace.items() if not k.startswith("_") and _picklable(v)}
        job["namespace"] = base64.b64encode(cloudpickle.dumps(wanted)).decode()
        job["source"] = _source_of({k: v for k, v in namespace.items() if not k.startswith("_")})
    return job


def _pickle_by_value(namespace: dict[str, Any]) -> None:
    """The learner's own modules travel by value: the sandbox may not be able to import them."""
    import cloudpickle

    for value in namespace.values():
        module = sys.modules.get(getattr(value, "__module__", None) or "")
        if (
            inspect.isfunction(value)
            and module is not None
            and module.__name__ != "__main__"
            and not module.__name__.startswith(("mathlings", "numpy", "torch", "scipy"))
            and "site-packages" not in (getattr(module, "__file__", None) or "site-packages")
        ):
            cloudpickle.register_pickle_by_value(module)


def _picklable(value: Any) -> bool:
    import cloudpickle

    if inspect.ismodule(value):
        return False
    try:
        cloudpickle.dumps(value)
    except Exception:
        return False
    return True


def _source_of(namespace: dict[str, Any]) -> str | None:
    """The source of a notebook's functions, for the static "from scratch" scan: the modules the
    namespace holds become import lines, so `np.dot` is still seen as numpy.dot."""
    parts = [
        f"import {value.__name__} as {name}"
        for name, value in namespace.items()
        if inspect.ismodule(value) and name.isidentifier()
    ]
    for value in namespace.values():
        if inspect.isfunction(value):
            try:
                parts.append(textwrap.dedent(inspect.getsource(value)))
            except (OSError, TypeError):
                continue
    return "\n\n".join(parts) if parts else None


def check(
    drill: Drill,
    file: Path | None = None,
    namespace: dict[str, Any] | None = None,
    sandbox: Sandbox | None = None,
    timeout: float | None = None,
    memory_mb: int | None = None,
) -> Verdict:
    """Check a learner's file (or namespace) against a drill, in a sandboxed child process."""
    from mathlings.checker.sandbox import Sandbox

    job = job_for(drill, file, namespace, timeout, memory_mb)
    if sandbox is not None:
        return sandbox.run(job)
    with Sandbox() as own:
        return own.run(job)
