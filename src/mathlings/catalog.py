"""The course as data: reads the manifest and the drill folders, imports nothing heavy."""

from __future__ import annotations

import ast
import difflib
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

COURSE_DIR = Path(__file__).parent / "course"
HINT_LEVELS = ("Nudge", "Formula", "Code")


class UnknownName(LookupError):
    """A drill, topic or lab name the course does not have; carries the closest names."""

    def __init__(self, kind: str, name: str, choices: list[str]) -> None:
        self.kind, self.name = kind, name
        self.closest = difflib.get_close_matches(name, choices, n=3, cutoff=0.4)
        tip = f" Did you mean {', '.join(self.closest)}?" if self.closest else ""
        super().__init__(
            f"There is no {kind} called '{name}'.{tip} `mathlings list` shows them all."
        )


@dataclass(frozen=True)
class Mistake:
    """A wrong version learners write, and the one sentence that names it."""

    id: str
    diagnosis: str
    path: Path

    def learner_text(self) -> str:
        """The whole wrong file a learner would have: the reference with the mistake over it."""
        return with_reference(self.path)


@dataclass(frozen=True)
class Drill:
    id: str
    area: str
    topic: str
    path: Path
    title: str
    timeout: float = 10.0
    needs: tuple[str, ...] = ()
    workspace_name: str = ""

    @property
    def task(self) -> str:
        return (self.path / "task.md").read_text()

    @property
    def starter(self) -> str:
        return (self.path / "starter.py").read_text()

    @property
    def solution(self) -> str:
        return (self.path / "solution.py").read_text()

    @property
    def hints(self) -> list[str]:
        return parse_hints((self.path / "hints.md").read_text())

    @property
    def mistakes(self) -> list[Mistake]:
        return mistakes_in(self.path)

    @property
    def alternatives(self) -> list[Path]:
        return sorted((self.path / "alternatives").glob("*.py"))

    def workspace_text(self) -> str:
        """What `init` writes for the learner: the task as module docstring, then the starter."""
        task = self.task.strip().replace('"""', "'''")
        return f'"""{self.title}\n\n{task}\n"""\n\n{self.starter.lstrip()}'


@dataclass(frozen=True)
class Topic:
    id: str
    area: str
    title: str
    path: Path
    drills: tuple[str, ...]
    labs: tuple[str, ...] = ()

    @property
    def lesson(self) -> str:
        return (self.path / "lesson.md").read_text()

    @property
    def demo_path(self) -> Path:
        return self.path / "demo.py"


@dataclass(frozen=True)
class Area:
    id: str
    title: str
    topics: tuple[Topic, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Course:
    areas: tuple[Area, ...]
    drills: dict[str, Drill]

    def drill(self, name: str) -> Drill:
        if name not in self.drills:
            raise UnknownName("drill", name, list(self.drills))
        return self.drills[name]

    @property
    def topics(self) -> dict[str, Topic]:
        return {t.id: t for a in self.areas for t in a.topics}

    def topic(self, name: str) -> Topic:
        topics = self.topics
        if name not in topics:
            raise UnknownName("topic", name, list(topics))
        return topics[name]

    def next_after(self, drill_id: str) -> Drill | None:
        ids = list(self.drills)
        i = ids.index(drill_id)
        return self.drills[ids[i + 1]] if i + 1 < len(ids) else None


def parse_hints(text: str) -> list[str]:
    """Split hints.md into its graded hints, one per `## ` heading, in file order."""
    hints = []
    for block in re.split(r"^## ", text, flags=re.MULTILINE)[1:]:
        heading, _, body = block.partition("\n")
        hints.append(f"**{heading.strip()}.** {body.strip()}")
    return hints


def mistakes_in(drill_folder: Path) -> list[Mistake]:
    """A drill's known mistakes: mistakes/<id>.py, each with its diagnosis as its docstring."""
    return [
        Mistake(p.stem.replace("_", "-"), module_docstring(p), p)
        for p in sorted((drill_folder / "mistakes").glob("*.py"))
    ]


def with_reference(mistake_path: Path) -> str:
    """A mistake file holds only what differs from its drill's reference solution (the wrong
    function, the wrong number); this puts it over the reference to make a whole learner file."""
    reference = (mistake_path.parent.parent / "solution.py").read_text()
    return f"{reference.rstrip()}\n\n\n# --- the mistake ---\n{mistake_path.read_text()}"


def module_docstring(path: Path) -> str:
    doc = ast.get_docstring(ast.parse(path.read_text())) or ""
    return " ".join(doc.split("\n\n")[0].split())


def load_drill(area: str, topic: str, drill_id: str, folder: Path) -> Drill:
    meta = tomllib.loads((folder / "drill.toml").read_text())
    return Drill(
        id=drill_id,
        area=area,
        topic=topic,
        path=folder,
        title=meta["title"],
        timeout=float(meta.get("timeout", 10.0)),
        needs=tuple(meta.get("needs", ())),
        workspace_name=f"{area}/{drill_id.replace('-', '_')}.py",
    )


@cache
def load_course(root: Path = COURSE_DIR) -> Course:
    manifest = tomllib.loads((root / "manifest.toml").read_text())
    areas: list[Area] = []
    drills: dict[str, Drill] = {}
    for a in manifest["areas"]:
        topics = []
        for t in a.get("topics", []):
            tpath = root / a["id"] / t["id"]
            topic = Topic(
                t["id"], a["id"], t["title"], tpath, tuple(t["drills"]), tuple(t.get("labs", ()))
            )
            topics.append(topic)
            for d in topic.drills:
                drills[d] = load_drill(a["id"], t["id"], d, tpath / d)
        areas.append(Area(a["id"], a["title"], tuple(topics)))
    return Course(tuple(areas), drills)
