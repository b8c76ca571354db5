"""`mathlings watch`: check each drill file when it is saved; after a pass, name the next drill."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from mathlings.actions import next_drill, unmet_needs
from mathlings.checker import Sandbox, check
from mathlings.packages import missing
from mathlings.workspace import MARKER_DIR, Workspace


def is_drill_file(change: Any, path: str) -> bool:
    return path.endswith(".py") and f"/{MARKER_DIR}/" not in path.replace("\\", "/")


def watch(workspace: Workspace, out: Any, max_checks: int | None = None) -> int:
    import watchfiles

    from mathlings.render import verdict_renderable

    course = workspace.course
    needs = sorted({n for d in course.drills.values() for n in d.needs if not missing(d.needs)})
    with Sandbox() as sandbox:
        sandbox.warm(["numpy", "hypothesis", *needs])  # imported while the learner reads
        upcoming = next_drill(course, workspace)
        out.print(
            f"Watching {workspace.root}. Save a drill file to check it; Ctrl-C to stop.",
            soft_wrap=True,
        )
        if upcoming:
            out.print(f"Next up: {upcoming.id} in {workspace.file(upcoming)}", soft_wrap=True)
        _flush(out)
        checks = 0
        for changes in watchfiles.watch(
            workspace.root, watch_filter=is_drill_file, step=20, debounce=400, rust_timeout=0
        ):
            for path in sorted({Path(p) for _, p in changes}):
                drill = workspace.drill_for(path)
                if drill is None or not path.exists():
                    continue
                verdict = unmet_needs(drill)
                if verdict is None:
                    verdict = check(drill, file=path, sandbox=sandbox)
                    with workspace.progress() as progress:
                        progress.record_attempt(drill.id, verdict.status, verdict.duration_ms)
                out.rule(drill.id)
                out.print(verdict_renderable(verdict))
                if verdict.passed:
                    following = next_drill(course, workspace, after=drill.id)
                    out.print(
                        f"Next up: {following.id} in {workspace.file(following)}"
                        if following
                        else "Every drill passes. Well done.",
                        soft_wrap=True,
                    )
                _flush(out)
                checks += 1
                if max_checks and checks >= max_checks:
                    return 0
    return 0


def _flush(out: Any) -> None:
    out.file.flush() if hasattr(out, "file") else sys.stdout.flush()
