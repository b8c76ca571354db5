"""The learner's files: created once, found from anywhere inside, never lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from mathlings.catalog import load_course
from mathlings.workspace import NoWorkspace, Workspace, write_new

COURSE = load_course()


def test_write_new_never_replaces_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "a" / "drill.py"
    assert write_new(path, "first")
    assert not write_new(path, "second")
    assert path.read_text() == "first"
    assert [p.name for p in path.parent.iterdir()] == ["drill.py"]  # no temporary left behind


def test_the_workspace_is_found_from_a_subfolder(tmp_path: Path) -> None:
    Workspace.init(tmp_path, COURSE)
    found = Workspace.find(tmp_path / "linear-algebra", COURSE)
    assert found.root == tmp_path.resolve()


def test_outside_a_workspace_the_error_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(NoWorkspace, match="mathlings init"):
        Workspace.find(tmp_path, COURSE)


def test_each_drill_file_maps_back_to_its_drill(tmp_path: Path) -> None:
    workspace, _ = Workspace.init(tmp_path, COURSE)
    for drill in COURSE.drills.values():
        assert workspace.drill_for(workspace.file(drill)) == drill
    assert workspace.drill_for(tmp_path / "README.md") is None
    assert workspace.drill_for(Path("/elsewhere/x.py")) is None


def test_reset_keeps_every_earlier_version(tmp_path: Path) -> None:
    workspace, _ = Workspace.init(tmp_path, COURSE)
    drill = next(iter(COURSE.drills.values()))
    for attempt in ("one", "two"):
        workspace.file(drill).write_text(attempt)
        workspace.reset(drill)
    backups = sorted((workspace.state_dir / "backups").iterdir())
    assert [b.read_text() for b in backups] == ["one", "two"]
    assert workspace.file(drill).read_text() == drill.workspace_text()
