"""Judges one learner file against one drill's checks and returns the verdict.

This runs in the judge: a child the supervisor forks per check, which holds the drill's checks,
the oracle's answers and the verdict code. The learner's code never runs here: it runs in a
process of its own (see runner.py and remote.py) that answers calls with plain data. The engine
knows no particular drill: it reads the drill's folder.
"""

from __future__ import annotations

import ast
import functools
import importlib.util
import socket
import sys
import time
import tomllib
import types
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from mathlings.catalog import Mistake, mistakes_in, with_reference
from mathlings.checker.learner import (
    CallTimeout,
    ChangedInput,
    Learner,
    LearnerRaised,
    Missing,
    silenced,
)
from mathlings.checker.remote import LearnerGone, LearnerProcess, RemoteLearner, memory_message
from mathlings.checker.rules import RuleBroken, Rules, Violation, rules_from_toml, scan
from mathlings.checker.spec import (
    RETURNED_NONE,
    Check,
    Context,
    Outcome,
    not_written,
    raised_at,
    returned_none,
    unwritten,
)
from mathlings.checker.values import to_jsonable, visible
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


# Each check's generated inputs and expected answers (its prepare()), by (drill folder, check
# index). Filled in the supervisor before it forks, so every check of that drill starts with them
# ready.
_PREPARED: dict[tuple[str, int], list[tuple[tuple, Any]]] = {}


_PREPARED_DRILLS: set[str] = set()


def prepare(drill_path: Path) -> None:
    """Run each check's prepare() (a Call generates its inputs and runs the oracle on them), once
    per drill and process."""
    if str(drill_path) in _PREPARED_DRILLS:
        return
    _PREPARED_DRILLS.add(str(drill_path))
    checks = load_checks(drill_path)
    if "mathlings.checker.formulas" in sys.modules:  # a formula step: parse with SymPy warm
        importlib.import_module("sympy")
    for index, check in enumerate(checks):
        made = getattr(check, "prepare", None)
        if callable(made):
            _PREPARED[(str(drill_path), index)] = made()


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


def drill_rules(drill_path: Path) -> tuple[Rules, str]:
    rules = rules_from_toml(tomllib.loads((drill_path / "drill.toml").read_text()))
    return rules, rules.why


def exec_module(source: str, filename: str, name: str) -> dict[str, Any]:
    """Trusted code (a known mistake) as a module of the judge."""
    module = types.ModuleType(name)
    module.__file__ = filename
    sys.modules[name] = module
    exec(compile(source, filename, "exec"), module.__dict__)
    return module.__dict__


class Job:
    """What to check: a drill folder and the learner's code, as source text or a pickled
    namespace (a notebook's), with the limits: CPU seconds per check and memory."""

    def __init__(
        self,
        drill_id: str,
        drill_path: Path,
        timeout: float,
        source: str | None = None,
        filename: str = "<notebook>",
        namespace: bytes | None = None,
        memory_mb: int = 1024,
    ) -> None:
        self.drill_id, self.drill_path, self.timeout = drill_id, drill_path, timeout
        self.source, self.filename, self.namespace = source, filename, namespace
        self.memory_mb = memory_mb


def error_verdict(job: Job, status: str, message: str, **extra: Any) -> Verdict:
    return Verdict(drill=job.drill_id, status=status, message=message, **extra)  # type: ignore[arg-type]


def _static(job: Job, rules: Rules, why: str) -> Verdict | None:
    """A syntax error or a broken rule, found without running anything."""
    if job.source is None:
        return None
    try:
        tree = ast.parse(job.source, job.filename)
    except SyntaxError as error:
        where = f"line {error.lineno}, column {error.offset}" if error.lineno else "somewhere"
        return error_verdict(
            job,
            "error",
            f"Your file has a syntax error at {where}: {error.msg}. Fix it and save again.",
            detail=(error.text or "").rstrip() or None,
        )
    except (ValueError, RecursionError, MemoryError) as error:
        return error_verdict(job, "error", f"Python cannot read your file: {error}.")
    violations = scan(tree, rules)
    if not violations:
        return None
    first = violations[0]
    more = f" (and {len(violations) - 1} more)" if len(violations) > 1 else ""
    return error_verdict(
        job,
        "rule",
        f"{_capital(first.sentence())}{more}: {why}.",
        detail="; ".join(v.sentence() for v in violations[1:6]) or None,
    )


# Packages worth keeping imported in the runner once a learner's file uses them (importing torch
# takes over a second, matplotlib a fifth of one). Only these: a name from the learner's file is
# never imported outside the child, since a module of that name in the workspace would run there.
HEAVY = frozenset({"torch", "scipy", "sklearn", "sympy", "matplotlib"})


def heavy_imports(source: str | None) -> list[str]:
    """The HEAVY packages the learner's source imports, for the runner to import before it forks.
    A drill's oracle needs none of them in the runner: the oracle runs in the judge."""
    try:
        tree = ast.parse(source or "")
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return []
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module.split(".")[0])
    return sorted(found & HEAVY)


def run(job: Job, control: socket.socket) -> Verdict:
    """Judge the job; the learner's code runs in a child the runner behind `control` forks."""
    started = time.monotonic()
    rules, why = drill_rules(job.drill_path)
    checks = load_checks(job.drill_path)
    if not checks:
        return error_verdict(
            job,
            "error",
            "This drill defines no checks, so nothing can be judged: this is a bug "
            "in mathlings' course, please report it.",
        )
    found = _static(job, rules, why)
    if found is not None:
        return found
    process = LearnerProcess(
        control,
        {
            "memory_mb": job.memory_mb,
            "cpu_total": job.timeout * (len(checks) + 1) + 5,
            "needs": heavy_imports(job.source),
            "read_only": _protected(job),
        },
    )
    try:
        judged = _judge(job, process, checks, rules, why)
    except LearnerGone as gone:
        judged = error_verdict(job, gone.status, gone.message)
    finally:
        output = process.close()
    verdict = judged if isinstance(judged, Verdict) else _verdict(judged, bool(output.strip()))
    verdict.output = output
    verdict.duration_ms = round((time.monotonic() - started) * 1000, 1)
    return verdict


def _protected(job: Job) -> list[str]:
    """What the learner's code may read but not change: the installed course and checker, and
    the workspace the file is in (its folder, up to the one that holds .mathlings/)."""
    paths = [str(Path(__file__).resolve().parents[1])]
    if job.filename != "<notebook>":
        folder = Path(job.filename).resolve().parent
        marked = (p for p in (folder, *folder.parents) if (p / ".mathlings").is_dir())
        workspace = next(marked, folder)
        paths.append(str(workspace))
    return paths


@dataclass
class Judged:
    """How each step went, made into the Verdict once the learner's output is known (a step
    that returned None is told whether the code printed)."""

    job: Job
    outcomes: list[Outcome]
    diagnoses: dict[str, str]  # mistake id -> its sentence
    steps: list[str]


def _judge(
    job: Job, process: LearnerProcess, checks: list[Check], rules: Rules, why: str
) -> Verdict | Judged:
    try:
        loaded = process.request(
            "load",
            job.timeout * 5 + 5,
            source=job.source,
            filename=job.filename,
            namespace=job.namespace,
            rules=rules.to_plain(),
            cpu=job.timeout,
        )
    except CallTimeout as timeout:
        loaded = {"status": "timeout", "wall": timeout.wall}
    status = loaded["status"]
    if status == "timeout" and loaded.get("wall"):
        return error_verdict(
            job,
            "timeout",
            f"Your file was still waiting in its top-level code after {loaded['wall']:g} s of "
            "wall-clock time while using almost no CPU (is it sleeping, or waiting for input?).",
        )
    if status == "timeout":
        return error_verdict(
            job,
            "timeout",
            f"Your file was still running its top-level code after {job.timeout:g} s of CPU "
            "time, the limit: move work into the functions, and look for a loop that never ends.",
        )
    if status == "rule":
        violation = Violation(int(loaded.get("line") or 0), str(loaded.get("what")), "")
        return error_verdict(job, "rule", f"{_capital(violation.sentence())}: {why}.")
    if status == "raised" and "builtins.MemoryError" in (loaded.get("mro") or ()):
        return error_verdict(job, "error", memory_message(job.memory_mb))
    if status == "raised":
        text = visible(str(loaded.get("text", "")))
        return error_verdict(
            job,
            "error",
            f"Your file raised an error while loading: {text}",
            traceback=visible(str(loaded.get("trace", text))),
        )
    if status != "ok":
        return error_verdict(job, "error", "The process running your code could not load it.")

    learner = RemoteLearner(process, job.timeout)
    mistakes = mistakes_in(job.drill_path)
    context = Context(learner, _LazyMistakes(mistakes))  # type: ignore[arg-type]
    outcomes: list[Outcome] = []
    for index, check in enumerate(checks):
        context.prepared = _PREPARED.get((str(job.drill_path), index))
        learner.start_step()
        with np.errstate(all="ignore"):
            outcome = _run_one(check, context, why)
        outcomes.append(outcome)
        if outcome.mistake:
            context.named.append(outcome.mistake)
        if outcome.status in ("timeout", "rule") or outcome.gone:
            break
    diagnoses = {m.id: m.diagnosis for m in mistakes} | GENERIC_MISTAKES
    return Judged(job, outcomes, diagnoses, [step_name(c) for c in checks])


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
    except LearnerRaised as raised:  # an error the check let through: it is the learner's
        if unwritten(raised):
            needs = ", ".join(getattr(check, "needs", ()) or ()) or step
            return Outcome(step, "fail", 1, not_written(needs, raised))
        where = raised_at(raised)
        message = f"your code raised{where}: {raised}" if where else str(raised)
        return Outcome(
            step,
            "error",
            1,
            message,
            trace=raised.trace,
            mistake=_raised_alike(check, context, raised),
        )
    except ChangedInput as changed:
        return Outcome(step, "fail", 1, str(changed), mistake="changed-input")
    except CallTimeout as timeout:
        return Outcome(step, "timeout", message=timeout.sentence("your code"))
    except RuleBroken as broken:
        return Outcome(step, "rule", message=f"{broken.violation.sentence()}: {why}")
    except LearnerGone as gone:
        return Outcome(step, gone.status, message=gone.message, gone=True)


def _raised_alike(check: Check, context: Context, raised: LearnerRaised) -> str | None:
    """The known mistake that, run through the same check, raises an error of the same class with
    the same message as the learner's code did: the check need not catch errors to name them."""
    for mistake_id, mistake in context.mistakes:
        try:
            with silenced(), np.errstate(all="ignore"):
                check.run(Context(mistake, (), context.prepared))
        except LearnerRaised as theirs:
            if isinstance(theirs.error, type(raised.error)) and str(theirs) == str(raised):
                return mistake_id
        except Exception:  # a mistake that fails some other way names nothing
            continue
    return None


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


def _diagnosis(outcome: Outcome, diagnoses: dict[str, str], printed: bool) -> Diagnosis | None:
    """A failing step's diagnosis: its known mistake, or else a generic one (detect.py, edges.py,
    or a None returned, said with whether the learner's code printed)."""
    if outcome.status == "pass":
        return None
    if outcome.mistake:
        return Diagnosis(outcome.mistake, diagnoses.get(outcome.mistake, ""))
    found = outcome.diagnosis
    if found is not None and found.mistake == RETURNED_NONE and printed and outcome.call:
        return Diagnosis(RETURNED_NONE, returned_none(outcome.call, printed=True))
    return found


def _verdict(judged: Judged, printed: bool) -> Verdict:
    job, outcomes = judged.job, judged.outcomes
    named = [_diagnosis(o, judged.diagnoses, printed) for o in outcomes]
    checks = [
        CheckResult(o.name, o.status, o.examples, o.message, d)  # type: ignore[arg-type]
        for o, d in zip(outcomes, named, strict=True)
    ]
    stopped = outcomes[-1].status if outcomes else "error"
    checks += [CheckResult(s, stopped, 0, "not run") for s in judged.steps[len(outcomes) :]]  # type: ignore[arg-type]
    failing = next((i for i, o in enumerate(outcomes) if o.status != "pass"), None)
    if failing is None:
        count = sum(o.examples for o in outcomes)
        passing = "The 1 check passes" if len(outcomes) == 1 else f"All {len(outcomes)} checks pass"
        inputs = "1 input" if count == 1 else f"{count} inputs"
        return Verdict(
            drill=job.drill_id,
            status="pass",
            message=f"{passing} ({inputs} tried).",
            checks=checks,
        )
    first = outcomes[failing]
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
        diagnosis=named[failing],
        counterexample=counterexample,
        step=first.name,
        checks=checks,
        traceback=first.trace,
        detail=first.detail,
    )
