"""The learner's workspace: their files, which we create, find and restore but never lose.

Layout:
  README.md                      what the workspace is and how to use it
  <area>/<drill_id>.py           one editable file per drill, grouped by area
  .mathlings/workspace.toml      marks the folder as a workspace
  .mathlings/progress.sqlite     attempts, passes, hints
  .mathlings/backups/            a learner's file is copied here before any reset
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from mathlings.catalog import Course, Drill
from mathlings.progress import Progress

MARKER_DIR = ".mathlings"
MARKER = "workspace.toml"

README = """# Your mathlings workspace

One file per drill, grouped by area. Open one, read the task at the top, write the functions, save.

    mathlings watch           check each file as you save it, and name the next drill after a pass
    mathlings check DRILL     check one drill (or all, without a name)
    mathlings hint DRILL      one more hint each time: a nudge, then the formula, then code
    mathlings list            where you are: passed, attempted, untouched
    mathlings lesson TOPIC    the lesson behind a drill
    mathlings reset DRILL     start a drill again (your file is backed up first)
    mathlings solution DRILL  the reference solution, once you have passed

If a new shell says `mathlings: command not found`, activate the environment mathlings is installed
in first (for a clone set up with scripts/setup: `source <the clone>/.venv/bin/activate`).
`mathlings doctor` says what is installed and what each drill needs.

After upgrading mathlings, run `mathlings init` here again: it adds new drills, and only that.
Your progress lives in .mathlings/progress.sqlite; backups of reset files in .mathlings/backups/.
"""


class NoWorkspace(LookupError):
    def __init__(self, start: Path) -> None:
        super().__init__(
            f"No mathlings workspace in {start} or above it. Run `mathlings init` to make one "
            "here, "
            "or cd into your workspace (or pass --workspace DIR)."
        )


@dataclass
class InitReport:
    root: Path
    created: list[Path] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)


def write_new(path: Path, text: str) -> bool:
    """Write text to path only if nothing is there; atomic, so a crash leaves no half file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".mathlings-", suffix=".tmp")
    os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; the learner's files are ordinary files
    try:
        with os.fdopen(fd, "w") as f:
            f.write(text)
        os.link(tmp, path)  # fails if path exists: never overwrites, even in a race
        return True
    except FileExistsError:
        return False
    finally:
        os.unlink(tmp)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


class Workspace:
    def __init__(self, root: Path, course: Course) -> None:
        self.root = root.resolve()
        self.course = course

    @classmethod
    def find(cls, start: Path, course: Course) -> Workspace:
        start = start.resolve()
        for folder in (start, *start.parents):
            if (folder / MARKER_DIR / MARKER).is_file():
                return cls(folder, course)
        raise NoWorkspace(start)

    @classmethod
    def init(cls, root: Path, course: Course) -> tuple[Workspace, InitReport]:
        """Create the workspace, or add the drills it lacks; existing files are left alone."""
        workspace = cls(root, course)
        report = InitReport(workspace.root)
        wanted = {workspace.root / "README.md": README}
        wanted[workspace.root / MARKER_DIR / MARKER] = "# This folder is a mathlings workspace.\n"
        for drill in course.drills.values():
            wanted[workspace.file(drill)] = drill.workspace_text()
        for path, text in wanted.items():
            (report.created if write_new(path, text) else report.kept).append(path)
        return workspace, report

    @property
    def state_dir(self) -> Path:
        return self.root / MARKER_DIR

    def progress(self) -> Progress:
        return Progress(self.state_dir / "progress.sqlite")

    def file(self, drill: Drill) -> Path:
        return self.root / drill.workspace_name

    def drill_for(self, path: Path) -> Drill | None:
        """The drill a workspace file belongs to, if it is one."""
        try:
            relative = path.resolve().relative_to(self.root).as_posix()
        except ValueError:
            return None
        return next((d for d in self.course.drills.values() if d.workspace_name == relative), None)

    def reset(self, drill: Drill) -> Path | None:
        """Put the starter back, after copying the learner's file to backups (returned); a file
        that is still the starter has nothing worth keeping, so it gets no backup."""
        path = self.file(drill)
        starter = drill.workspace_text()
        backup = None
        if path.exists() and path.read_bytes() != starter.encode():
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
            backup = self.state_dir / "backups" / f"{path.stem}-{stamp}.py"
            backup.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, backup)
        tmp = path.with_name(f".{path.name}.reset")
        tmp.write_text(starter)
        os.replace(tmp, path)
        return backup
