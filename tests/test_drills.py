"""The author-side proof, for every drill in the manifest (as rustlings' `dev check` does):
the reference passes, the starter fails, each known mistake fails with its own diagnosis, and the
differently-written correct solutions pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from mathlings.catalog import COURSE_DIR, load_course
from mathlings.checker import Sandbox, check

COURSE = load_course()
DRILLS = list(COURSE.drills.values())
MISTAKES = [(d, m) for d in DRILLS for m in d.mistakes]
ALTERNATIVES = [(d, a) for d in DRILLS for a in d.alternatives]


@pytest.mark.parametrize("drill", DRILLS, ids=lambda d: d.id)
def test_reference_solution_passes(drill, sandbox: Sandbox) -> None:
    verdict = check(drill, file=drill.path / "solution.py", sandbox=sandbox)
    assert verdict.status == "pass", str(verdict)


@pytest.mark.parametrize("drill", DRILLS, ids=lambda d: d.id)
def test_starter_as_written_to_the_workspace_fails(drill, sandbox: Sandbox, tmp_path: Path) -> None:
    file = tmp_path / "starter.py"
    file.write_text(drill.workspace_text())
    verdict = check(drill, file=file, sandbox=sandbox)
    assert verdict.status in ("fail", "error"), str(verdict)
    assert verdict.status != "rule"


@pytest.mark.parametrize(
    ("drill", "mistake"), MISTAKES, ids=[f"{d.id}:{m.id}" for d, m in MISTAKES]
)
def test_known_mistake_fails_with_its_diagnosis(
    drill, mistake, sandbox: Sandbox, tmp_path: Path
) -> None:
    file = tmp_path / f"{drill.id}.py"
    file.write_text(mistake.learner_text())
    verdict = check(drill, file=file, sandbox=sandbox)
    assert verdict.status in ("fail", "error"), str(verdict)
    assert verdict.diagnosis is not None, str(verdict)
    assert verdict.diagnosis.mistake == mistake.id, str(verdict)
    assert verdict.diagnosis.message == mistake.diagnosis


@pytest.mark.parametrize(
    ("drill", "alternative"), ALTERNATIVES, ids=[f"{d.id}:{a.stem}" for d, a in ALTERNATIVES]
)
def test_differently_written_correct_solution_passes(drill, alternative, sandbox: Sandbox) -> None:
    verdict = check(drill, file=alternative, sandbox=sandbox)
    assert verdict.status == "pass", str(verdict)


@pytest.mark.parametrize("drill", DRILLS, ids=lambda d: d.id)
def test_drill_folder_is_complete(drill) -> None:
    for name in ("drill.toml", "task.md", "starter.py", "solution.py", "check.py", "hints.md"):
        assert (drill.path / name).is_file(), f"{drill.id} lacks {name}"
    assert len(drill.hints) == 3, "hints.md has three graded hints: Nudge, Formula, Code"
    assert [h.split(".")[0].strip("*") for h in drill.hints] == ["Nudge", "Formula", "Code"]
    assert len(drill.alternatives) >= 2, "at least two differently-written correct solutions"
    assert drill.mistakes, "at least one known mistake with its diagnosis"
    for mistake in drill.mistakes:
        assert mistake.diagnosis, f"{mistake.path} needs a docstring: the one-sentence diagnosis"


def test_every_drill_folder_on_disk_is_in_the_manifest() -> None:
    on_disk = {p.parent.name for p in COURSE_DIR.glob("*/*/*/drill.toml")}
    assert on_disk == set(COURSE.drills)


def test_a_verdict_is_the_same_every_time(sandbox: Sandbox, tmp_path: Path) -> None:
    drill, mistake = MISTAKES[0]
    file = tmp_path / "mistake.py"
    file.write_text(mistake.learner_text())
    first = check(drill, file=file, sandbox=sandbox).to_dict()
    second = check(drill, file=file, sandbox=sandbox).to_dict()
    for verdict in (first, second):
        verdict.pop("duration_ms")
    assert first == second
