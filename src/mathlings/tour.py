"""`mathlings tour`: the whole loop, non-interactively, in a fresh workspace.

It makes a workspace, plays a learner who solved one drill and made a classic mistake in another,
checks every drill, shows the progress table and draws the gradient-descent picture. It exits
non-zero if anything did not behave as it should, so it doubles as a smoke test. A workspace it
made in the temporary folder is removed at the end; one made with `--dir` stays.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from mathlings.actions import check_drills, progress_rows
from mathlings.catalog import Drill, load_course
from mathlings.checker import Sandbox
from mathlings.packages import install_command, missing
from mathlings.workspace import Workspace

SHOWCASE_MISTAKE = "mse-gradient"  # a mistake whose diagnosis reads well; any drill would do


def tour(out: Any, where: Path | None = None) -> int:
    if where is not None:
        return _tour(out, where)
    root = Path(tempfile.mkdtemp(prefix="mathlings-tour-"))
    try:
        return _tour(out, root)
    finally:
        shutil.rmtree(root, ignore_errors=True)
        out.print(
            f"Removed the tour's workspace, {root}. To keep one and open its files and picture, "
            "run `mathlings tour --dir DIR`.",
            soft_wrap=True,
        )


def _tour(out: Any, root: Path) -> int:
    from mathlings.labs import run_lab
    from mathlings.render import progress_table, verdict_renderable

    course = load_course()
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
    out.print(summary(course.drills, by_drill, mistaken))

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


def summary(drills: dict[str, Drill], verdicts: dict[str, Any], mistaken: Drill | None) -> str:
    """Every drill accounted for: passed, the mistake, those that cannot run here, starters."""
    passed = [d for d in verdicts if verdicts[d].passed]
    blocked = [d for d in verdicts if missing(drills[d].needs)]
    parts = [f"{len(passed)} of {len(verdicts)} drills pass ({', '.join(passed) or 'none'})"]
    if mistaken is not None:
        parts.append(f"{mistaken.id} has the classic mistake")
    if blocked:
        absent = missing(n for d in blocked for n in drills[d].needs)
        parts.append(
            f"{len(blocked)} cannot be checked until `{install_command(absent)}` "
            f"({', '.join(blocked)})"
        )
    starters = len(verdicts) - len(passed) - len(blocked) - (1 if mistaken else 0)
    parts.append(f"the other {starters} are still starters, waiting for the learner")
    return "; ".join(parts) + "."


def _drill_with_mistake(drills: dict[str, Drill], preferred: str, avoid: str) -> Drill | None:
    """A drill with a known mistake that can be checked here, the preferred one if it can."""
    candidates = [
        d for d in drills.values() if d.mistakes and d.id != avoid and not missing(d.needs)
    ]
    return next((d for d in candidates if d.id == preferred), candidates[0] if candidates else None)
