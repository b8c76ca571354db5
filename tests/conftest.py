"""Shared fixtures: one warm sandbox for the whole session, the course, a drill of one's own."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from mathlings.catalog import Course, Drill, load_course
from mathlings.checker import Sandbox


@pytest.fixture(scope="session")
def course() -> Course:
    return load_course()


@pytest.fixture(scope="session")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as box:
        yield box


@pytest.fixture
def drill_with_checks(course: Course, tmp_path: Path) -> Callable[..., Drill]:
    """A copy of a course drill whose check.py (and, if given, mistakes/) a test writes itself:
    `drill_with_checks("covariance-identity", CHECK_SOURCE, mistakes={"id": "source"})`."""

    def make(base: str, check: str, mistakes: dict[str, str] | None = None) -> Drill:
        drill = course.drill(base)
        folder = tmp_path / f"{base}-own-checks"
        shutil.copytree(drill.path, folder)
        (folder / "check.py").write_text(check)
        if mistakes is not None:
            shutil.rmtree(folder / "mistakes")
            (folder / "mistakes").mkdir()
            for name, source in mistakes.items():
                (folder / "mistakes" / f"{name}.py").write_text(source)
        return dataclasses.replace(drill, path=folder)

    return make
