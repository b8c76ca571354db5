"""Shared fixtures: one warm sandbox for the whole session, the course."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mathlings.catalog import Course, load_course
from mathlings.checker import Sandbox


@pytest.fixture(scope="session")
def course() -> Course:
    return load_course()


@pytest.fixture(scope="session")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as box:
        yield box
