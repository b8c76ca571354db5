"""Every topic in the manifest has a well-formed lesson and a demo that runs."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import NamedTuple

import pytest
from rich.console import Console

from mathlings.catalog import COURSE_DIR, load_course
from mathlings.render import lesson_renderable

SECTIONS = ["The idea", "The formula", "The picture", "Demo"]
DEMO_TIMEOUT_S = 30


class TopicInfo(NamedTuple):
    id: str
    path: Path
    drills: tuple[str, ...]
    labs: tuple[str, ...]


def course_topics() -> list[TopicInfo]:
    """The manifest's topics, in course order.

    Prefers the catalog; falls back to reading manifest.toml directly while some drill folders
    (and their drill.toml) do not exist yet, since a lesson does not depend on its drills.
    """
    try:
        return [TopicInfo(t.id, t.path, t.drills, t.labs) for t in load_course().topics.values()]
    except FileNotFoundError:
        manifest = tomllib.loads((COURSE_DIR / "manifest.toml").read_text())
        return [
            TopicInfo(
                t["id"],
                COURSE_DIR / area["id"] / t["id"],
                tuple(t.get("drills", ())),
                tuple(t.get("labs", ())),
            )
            for area in manifest["areas"]
            for t in area.get("topics", [])
        ]


TOPICS = {t.id: t for t in course_topics()}
topic_ids = pytest.mark.parametrize("topic_id", list(TOPICS))


def without_code_blocks(markdown: str) -> str:
    return re.sub(r"^```.*?^```", "", markdown, flags=re.MULTILINE | re.DOTALL)


def headings(markdown: str, level: int) -> list[str]:
    marker = "#" * level + " "
    return [
        line[len(marker) :].strip()
        for line in without_code_blocks(markdown).splitlines()
        if line.startswith(marker)
    ]


def section(markdown: str, title: str) -> str:
    """The text under `## title`, up to the next `## ` heading."""
    parts = re.split(r"^## (.+)$", without_code_blocks(markdown), flags=re.MULTILINE)
    bodies = dict(zip(parts[1::2], parts[2::2], strict=True))
    return bodies[title]


def test_the_manifest_lists_topics() -> None:
    assert TOPICS


@topic_ids
def test_every_topic_has_a_lesson_with_the_four_sections(topic_id: str) -> None:
    lesson_path = TOPICS[topic_id].path / "lesson.md"
    assert lesson_path.is_file(), f"missing {lesson_path}"
    lesson = lesson_path.read_text()
    assert lesson.startswith("# "), "a lesson starts with a `# Title` line"
    assert headings(lesson, 1) == [lesson.splitlines()[0][2:].strip()], "exactly one `# ` title"
    assert headings(lesson, 2) == SECTIONS, f"expected the sections {SECTIONS} in this order"


@topic_ids
def test_every_lesson_demo_section_names_its_drills_labs_and_run_command(topic_id: str) -> None:
    topic = TOPICS[topic_id]
    demo_section = section((topic.path / "lesson.md").read_text(), "Demo")
    assert f"mathlings lesson {topic_id} --run" in demo_section
    for drill in topic.drills:
        assert f"`{drill}`" in demo_section, f"drill `{drill}` is not mentioned"
    for lab in topic.labs:
        assert f"mathlings lab {lab}" in demo_section, f"lab `{lab}` is not mentioned"


@topic_ids
def test_every_topic_demo_runs_and_prints_something(topic_id: str, tmp_path: Path) -> None:
    demo = TOPICS[topic_id].path / "demo.py"
    assert demo.is_file(), f"missing {demo}"
    result = subprocess.run(
        [sys.executable, str(demo)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=DEMO_TIMEOUT_S,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip(), "the demo printed nothing"


@topic_ids
def test_every_lesson_renders_in_the_terminal(topic_id: str) -> None:
    console = Console(record=True, width=100, file=io.StringIO())
    console.print(lesson_renderable(load_course().topic(topic_id).lesson))
    text = console.export_text()
    assert "The idea" in text and "The formula" in text and "The picture" in text
