"""What each learner command does, as functions that return data; the CLI renders it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mathlings.catalog import Course, Drill
from mathlings.checker import Sandbox, Verdict, check
from mathlings.packages import KNOWN, Package, missing, not_installed, package
from mathlings.workspace import NoWorkspace, Workspace


class Refused(Exception):
    """A command that cannot go ahead, with one sentence that says what to do instead."""


def find_workspace(course: Course, where: Path | None) -> Workspace | None:
    try:
        return Workspace.find(where or Path.cwd(), course)
    except NoWorkspace:
        return None


def require_workspace(course: Course, where: Path | None) -> Workspace:
    return Workspace.find(where or Path.cwd(), course)


def check_drills(
    course: Course,
    drills: list[Drill],
    workspace: Workspace | None,
    file: Path | None = None,
    timeout: float | None = None,
    sandbox: Sandbox | None = None,
    on_checked: Callable[[Verdict], None] | None = None,
) -> list[Verdict]:
    """Check each drill's workspace file (or `file`), recording attempts in the workspace.
    `on_checked` hears of each verdict as it comes (a progress bar)."""
    verdicts = []
    own = sandbox is None
    sandbox = sandbox or Sandbox()
    try:
        for drill in drills:
            path = file or (workspace.file(drill) if workspace else None)
            if path is None or not path.exists():
                raise Refused(
                    f"There is no file for {drill.id} at {path}; run `mathlings init` to add it."
                    if path
                    else "No workspace here: pass --file PATH, or run `mathlings init`."
                )
            verdict = unmet_needs(drill)
            if verdict is None:
                verdict = check(drill, file=path, sandbox=sandbox, timeout=timeout)
                records = workspace is not None and (
                    file is None or _same(file, workspace.file(drill))
                )
                if records and workspace is not None and _touched(path, drill):
                    with workspace.progress() as progress:
                        progress.record_attempt(drill.id, verdict.status, verdict.duration_ms)
            verdicts.append(verdict)
            if on_checked is not None:
                on_checked(verdict)
    finally:
        if own:
            sandbox.close()
    return verdicts


def unmet_needs(drill: Drill) -> Verdict | None:
    """The verdict for a drill whose oracle is not installed, found before anything goes to the
    checker: one sentence with the command that installs it, no traceback, no attempt recorded."""
    absent = missing(drill.needs)
    if not absent:
        return None
    return Verdict(drill=drill.id, status="error", message=not_installed(drill.id, absent))


def _touched(path: Path, drill: Drill) -> bool:
    """A starter nobody has edited is not an attempt: `check` of everything must not mark every
    drill as attempted."""
    try:
        return path.read_text() != drill.workspace_text()
    except OSError:
        return True


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


@dataclass
class HintShown:
    drill: str
    level: int
    total: int
    text: str
    last: bool


def next_hint(workspace: Workspace, drill: Drill) -> HintShown:
    hints = drill.hints
    with workspace.progress() as progress:
        level = min(progress.hints_used(drill.id) + 1, len(hints))
        progress.record_hint(drill.id, level)
    return HintShown(drill.id, level, len(hints), hints[level - 1], level == len(hints))


@dataclass
class SolutionShown:
    drill: str
    text: str
    forced: bool


def solution(workspace: Workspace | None, drill: Drill, force: bool) -> SolutionShown:
    if workspace is None and not force:
        raise Refused(
            f"There is no workspace here, so no pass of {drill.id} is on record: cd into your "
            "workspace (or pass --workspace DIR), or pass --force to see the solution anyway."
        )
    passed = False
    if workspace is not None:
        with workspace.progress() as progress:
            passed = progress.has_passed(drill.id)
    if not passed and not force:
        raise Refused(
            f"You have not passed {drill.id} yet, so the solution stays closed: try "
            f"`mathlings hint {drill.id}`, or pass --force to see it anyway."
        )
    if workspace is not None:
        with workspace.progress() as progress:
            progress.record_solution_view(drill.id, forced=not passed)
    return SolutionShown(drill.id, drill.solution, forced=not passed)


def progress_rows(course: Course, workspace: Workspace | None) -> list[dict[str, Any]]:
    """One row per drill in course order, with its status in this workspace."""
    summary = {}
    if workspace is not None:
        with workspace.progress() as progress:
            summary = progress.summary()
    rows = []
    for area in course.areas:
        for topic in area.topics:
            for drill_id in topic.drills:
                drill = course.drills[drill_id]
                record = summary.get(drill_id)
                rows.append(
                    {
                        "drill": drill_id,
                        "title": drill.title,
                        "area": area.id,
                        "area_title": area.title,
                        "topic": topic.id,
                        "status": record.status if record else "untouched",
                        "attempts": record.attempts if record else 0,
                        "passes": record.passes if record else 0,
                        "hints": record.hints_used if record else 0,
                        "file": drill.workspace_name,
                        "missing": [p.distribution for p in missing(drill.needs)],
                    }
                )
    return rows


def next_drill(course: Course, workspace: Workspace, after: str | None = None) -> Drill | None:
    """The next drill not yet passed, in course order (after `after`, wrapping round)."""
    with workspace.progress() as progress:
        summary = progress.summary()
    ids = list(course.drills)
    start = ids.index(after) + 1 if after in ids else 0
    for drill_id in ids[start:] + ids[:start]:
        record = summary.get(drill_id)
        if drill_id != after and not (record and record.status == "passed"):
            return course.drills[drill_id]
    return None


@dataclass
class PackageReport:
    package: Package
    installed: bool
    version: str | None
    enables: list[str]  # what it is needed for: drills, labs, or every one of them


@dataclass
class DoctorReport:
    packages: list[PackageReport]
    drills: int
    blocked_drills: list[str]
    labs: int
    blocked_labs: list[str]


EVERY_DRILL = ("numpy", "hypothesis")  # the checker itself: inputs and comparisons
EVERY_LAB = ("numpy", "matplotlib")


def doctor(course: Course) -> DoctorReport:
    """What is installed of the packages mathlings uses, what each makes possible, what is not."""
    from mathlings.labs import LABS

    reports = []
    for p in KNOWN.values():
        enables = ["every drill"] if p.module in EVERY_DRILL else []
        enables += ["every lab"] if p.module in EVERY_LAB else []
        if not enables:
            enables = [d.id for d in course.drills.values() if p in map(package, d.needs)]
            enables += [f"lab {n}" for n, lab in LABS.items() if p in map(package, lab.needs)]
        installed = p.installed
        reports.append(PackageReport(p, installed, p.version if installed else None, enables))
    absent = {r.package.module for r in reports if not r.installed}
    blocked_drills = [
        d.id for d in course.drills.values() if absent & set(EVERY_DRILL) or missing(d.needs)
    ]
    blocked_labs = [n for n, lab in LABS.items() if absent & set(EVERY_LAB) or missing(lab.needs)]
    return DoctorReport(reports, len(course.drills), blocked_drills, len(LABS), blocked_labs)
