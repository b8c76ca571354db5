"""`mathlings tour`: the whole loop, non-interactively, in a fresh workspace.

It makes a workspace, plays a learner who solved one drill and made a classic mistake in another,
checks every drill, shows the progress table and draws the gradient-descent picture. It exits
non-zero if anything did not behave as it should, so it doubles as a smoke test.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from mathlings.actions import check_drills, progress_rows
from mathlings.catalog import Drill, load_course
from mathlings.checker import Sandbox
from mathlings.workspace import Workspace

SHOWCASE_MISTAKE = "mse-gradient"  # a mistake whose diagnosis reads well; any drill would do


def tour(out: Any, where: Path | None = None) -> int:
    from mathlings.labs import run_lab
    from mathlings.render import progress_table, verdict_renderable

    course = load_course()
    root = where or Path(tempfile.mkdtemp(prefix="mathlings-tour-"))
    workspace, _ = Workspace.init(root, course)
    out.rule("1. mathlings init")
    out.print(
        f"Made a workspace in {workspace.root} with {len(course.drills)} drill files.",
        soft_wrap=True,
    )

    solved = next(iter(course.drills.values()))
    mistaken = _drill_with_mistake(course.drills, SHOWCASE_MISTAKE, avoid=solved.id)
    shutil.copyfile(solved.path / "solution.py", workspace.file(solved))
    out.print(f"Playing a learner: solved {solved.id}", end="")
    if mistaken:
        mistake = mistaken.mistakes[0]
        workspace.file(mistaken).write_text(mistake.learner_text())
        out.print(f", and made a classic mistake in {mistaken.id}.")
    else:
        out.print(".")

    out.rule("2. mathlings check (every drill)")
    with Sandbox() as sandbox:
        verdicts = check_drills(course, list(course.drills.values()), workspace, sandbox=sandbox)
    by_drill = {v.drill: v for v in verdicts}
    for drill_id in (solved.id, *([mistaken.id] if mistaken else [])):
        out.print(verdict_renderable(by_drill[drill_id]))
        out.print()
    untouched = sum(v.status != "pass" for v in verdicts) - (1 if mistaken else 0)
    out.print(
        f"{sum(v.passed for v in verdicts)} of {len(verdicts)} drills pass; the other {untouched} "
        "are still starters, waiting for the learner."
    )

    out.rule("3. mathlings list")
    out.print(progress_table(progress_rows(course, workspace)))

    out.rule("4. mathlings lab gd")
    picture = run_lab("gd", workspace.root / "labs")
    out.print(f"The gradient-descent picture for three learning rates: {picture}", soft_wrap=True)

    expected = by_drill[solved.id].passed and (
        not mistaken
        or (
            by_drill[mistaken.id].diagnosis is not None
            and by_drill[mistaken.id].diagnosis.mistake == mistaken.mistakes[0].id
        )
    )
    out.rule()
    out.print(
        "Tour complete. Start for real with `mathlings init DIR`, then `mathlings watch` there."
        if expected
        else "The tour did not go as it should: a reference failed or a mistake went unnamed."
    )
    return 0 if expected and picture.is_file() else 1


def _drill_with_mistake(drills: dict[str, Drill], preferred: str, avoid: str) -> Drill | None:
    if preferred in drills and drills[preferred].mistakes:
        return drills[preferred]
    return next((d for d in drills.values() if d.mistakes and d.id != avoid), None)
