"""Runs one drill's checks against one learner file and returns the verdict.

This runs inside the sandbox's child process (see supervisor.py): it imports the learner's code, so
anything can happen here, and the supervisor outside turns a hang, a crash or a hard exit into a
verdict. The engine knows no particular drill: it reads the drill's folder.
"""

from __future__ import annotations

import ast
import functools
import importlib.util
import sys
import time
import tomllib
import types
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mathlings.catalog import Mistake, mistakes_in, with_reference
from mathlings.checker.learner import (
    Alarm,
    CallTimeout,
    Learner,
    LearnerRaised,
    Missing,
    learner_traceback,
    silenced,
)
from mathlings.checker.rules import Guards, RuleBroken, scan
from mathlings.checker.spec import Call, Check, Context, Outcome
from mathlings.checker.values import to_jsonable
from mathlings.checker.verdict import (
    CheckResult,
    Counterexample,
    Diagnosis,
    Verdict,
)

GENERIC_MISTAKES = {
    "changed-input": "Your function changed its input in place; the caller's data must stay as it "
    "was.",
}


# Each Call's generated inputs and expected answers, by (drill folder, check index). Filled in the
# supervisor before it forks, so every check of that drill starts with them ready.
_PREPARED: dict[tuple[str, int], list[tuple[tuple, Any]]] = {}


_PREPARED_DRILLS: set[str] = set()


def prepare(drill_path: Path) -> None:
    """Generate each Call's inputs and run the oracle on them, once per drill and process."""
    if str(drill_path) in _PREPARED_DRILLS:
        return
    _PREPARED_DRILLS.add(str(drill_path))
    for index, check in enumerate(load_checks(drill_path)):
        if isinstance(check, Call):
            _PREPARED[(str(drill_path), index)] = [(a, check.expected(*a)) for a in check.sample()]


@functools.cache
def load_checks(drill_path: Path) -> list[Check]:
    """A drill's CHECKS, loaded once per process: the supervisor loads them before it forks, so
    each child starts with them (check.py may build data sets or import an oracle)."""
    name = f"mathlings_drill_{drill_path.name.replace('-', '_')}"
    spec = importlib.util.spec_from_file_location(name, drill_path / "check.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return list(module.CHECKS)


def drill_rules(drill_path: Path) -> tuple[tuple[str, ...], str]:
    meta = tomllib.loads((drill_path / "drill.toml").read_text())
    rules = meta.get("rules", {})
    return tuple(rules.get("forbid", ())), rules.get("why", "this drill is done from scratch")


def exec_module(source: str, filename: str, name: str = "learner") -> dict[str, Any]:
    module = types.ModuleType(name)
    module.__file__ = filename
    sys.modules[name] = module
    exec(compile(source, filename, "exec"), module.__dict__)
    return module.__dict__


class Job:
    """What to check: a drill folder and the learner's code, as a file or a namespace."""

    def __init__(
        self,
        drill_id: str,
        drill_path: Path,
        timeout: float,
        file: Path | None = None,
        namespace: dict[str, Any] | None = None,
        source: str | None = None,
    ) -> None:
        self.drill_id, self.drill_path, self.timeout = drill_id, drill_path, timeout
        self.file, self.namespace = file, namespace
        self.source = source if source is not None else (file.read_text() if file else None)


def error_verdict(job: Job, status: str, message: str, **extra: Any) -> Verdict:
    return Verdict(drill=job.drill_id, status=status, message=message, **extra)  # type: ignore[arg-type]


def run(job: Job) -> Verdict:
    started = time.monotonic()
    deadline = started + job.timeout
    rules, why = drill_rules(job.drill_path)
    filename = str(job.file) if job.file else "<notebook>"

    tree = None
    if job.source is not None:
        try:
            tree = ast.parse(job.source, filename)
        except SyntaxError as error:
            where = f"line {error.lineno}, column {error.offset}" if error.lineno else "somewhere"
            return error_verdict(
                job,
                "error",
                f"Your file has a syntax error at {where}: {error.msg}. Fix it and save again.",
                detail=(error.text or "").rstrip() or None,
            )
    if tree is not None:
        violations = scan(tree, rules)
        if violations:
            first = violations[0]
            more = f" (and {len(violations) - 1} more)" if len(violations) > 1 else ""
            return error_verdict(
                job,
                "rule",
                f"{_capital(first.sentence())}{more}: {why}.",
                detail="; ".join(v.sentence() for v in violations[1:6]) or None,
            )

    checks = load_checks(job.drill_path)
    files = frozenset({filename} | _code_files(job.namespace))
    guards = Guards(rules, files)
    guards.install()
    try:
        with Alarm(deadline):
            namespace = (
                job.namespace
                if job.namespace is not None
                else exec_module(job.source or "", filename)
            )
    except CallTimeout:
        return error_verdict(
            job,
            "timeout",
            "Your file was still running its top-level code when the time limit "
            "ran out: move work into the functions, and look for a loop that never ends.",
        )
    except RuleBroken as broken:
        return error_verdict(job, "rule", f"{_capital(broken.violation.sentence())}: {why}.")
    except BaseException as error:  # the learner's module may raise anything at import
        return error_verdict(
            job,
            "error",
            f"Your file raised an error while loading: {LearnerRaised(error, files)}",
            traceback=learner_traceback(error, files),
        )
    learner = Learner(namespace, files, guards, deadline)
    mistakes = mistakes_in(job.drill_path)
    context = Context(learner, _LazyMistakes(mistakes))

    outcomes: list[Outcome] = []
    for index, check in enumerate(checks):
        context.prepared = _PREPARED.get((str(job.drill_path), index))
        outcome = _run_one(check, context, why)
        outcomes.append(outcome)
        if outcome.status in ("timeout", "rule"):
            break
    diagnoses = {m.id: m.diagnosis for m in mistakes} | GENERIC_MISTAKES
    verdict = _verdict(job, outcomes, diagnoses, [step_name(c) for c in checks])
    verdict.duration_ms = round((time.monotonic() - started) * 1000, 1)
    return verdict


def _capital(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


def step_name(check: Check) -> str:
    return getattr(check, "step", None) or getattr(check, "name", None) or "check"


def _run_one(check: Check, context: Context, why: str) -> Outcome:
    step = step_name(check)
    try:
        outcome = check.run(context)
        if outcome.status == "rule" and why not in outcome.message:
            outcome.message = f"{outcome.message}: {why}"
        return outcome
    except Missing as missing:
        return Outcome(step, "error", message=str(missing))
    except CallTimeout:
        return Outcome(step, "timeout", message="the time limit ran out during this step")
    except RuleBroken as broken:
        return Outcome(step, "rule", message=f"{broken.violation.sentence()}: {why}")


def _code_files(namespace: dict[str, Any] | None) -> set[str]:
    """Where a notebook's functions were written, so their frames count as the learner's."""
    if not namespace:
        return set()
    return {v.__code__.co_filename for v in namespace.values() if hasattr(v, "__code__")}


class _LazyMistakes(Sequence[tuple[str, Learner]]):
    """The known mistakes, each loaded only when a failure needs naming."""

    def __init__(self, mistakes: list[Mistake]) -> None:
        self.ids = [m.id for m in mistakes]
        self.paths = [m.path for m in mistakes]
        self.loaded: dict[int, Learner] = {}

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, i: int) -> tuple[str, Learner]:  # type: ignore[override]
        if i >= len(self.ids):
            raise IndexError(i)
        if i not in self.loaded:
            path = self.paths[i]
            with silenced():
                namespace = exec_module(with_reference(path), str(path), f"mistake_{i}")
            self.loaded[i] = Learner(namespace, frozenset({str(path)}), quiet=True)
        return self.ids[i], self.loaded[i]


def _verdict(
    job: Job, outcomes: list[Outcome], diagnoses: dict[str, str], steps: list[str]
) -> Verdict:
    checks = [CheckResult(o.name, o.status, o.examples, o.message) for o in outcomes]  # type: ignore[arg-type]
    stopped = outcomes[-1].status if outcomes else "error"
    checks += [CheckResult(s, stopped, 0, "not run") for s in steps[len(outcomes) :]]  # type: ignore[arg-type]
    first = next((o for o in outcomes if o.status != "pass"), None)
    if first is None:
        count = sum(o.examples for o in outcomes)
        return Verdict(
            drill=job.drill_id,
            status="pass",
            message=f"All {len(outcomes)} checks pass ({count} inputs tried).",
            checks=checks,
        )
    diagnosis = None
    if first.mistake:
        sentence = diagnoses.get(first.mistake, "")
        diagnosis = Diagnosis(first.mistake, sentence)
    counterexample = None
    if first.inputs is not None:
        mismatch = first.mismatch
        counterexample = Counterexample(
            call=first.call or first.name,
            inputs=to_jsonable(first.inputs),
            expected=to_jsonable(mismatch.expected) if mismatch else None,
            got=to_jsonable(mismatch.got) if mismatch else None,
            wrong=to_jsonable(mismatch.wrong) if mismatch else None,
            tolerance=mismatch.tolerance if mismatch else None,
            shrunk=first.shrunk,
        )
    prefix = f"Step `{first.name}`: " if len(outcomes) > 1 else ""
    return Verdict(
        drill=job.drill_id,
        status=first.status,  # type: ignore[arg-type]
        message=prefix + first.message,
        diagnosis=diagnosis,
        counterexample=counterexample,
        step=first.name,
        checks=checks,
        traceback=first.trace,
        detail=first.detail,
    )
