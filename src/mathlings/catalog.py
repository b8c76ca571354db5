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


# Where each kind of name is listed, for the sentence that says a name is unknown.
LISTED_BY = {
    "drill": "`mathlings list` shows them all",
    "topic": "`mathlings lesson` lists them all",
    "lab": "`mathlings lab` lists them all",
}


def similarity(name: str, choice: str) -> float:
    """How alike a mistyped name is to a real one: the best difflib ratio against the whole name,
    its words and its opening (so "eigen" finds eigenvalues and "covarience" covariance-and-pca),
    with two neighbouring letters swapped ("pac" for pca) counted as nearly right."""
    words = choice.split("-")
    parts = [choice, *words, *("-".join(words[:i]) for i in range(2, len(words)))]
    if len(name) >= 3:
        parts.append(choice[: len(name)])
    if any(_swapped(name, part) for part in parts):
        return 0.9
    return max(difflib.SequenceMatcher(None, name, part).ratio() for part in parts)


def _swapped(a: str, b: str) -> bool:
    differ = [i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y]
    return (
        len(a) == len(b)
        and len(differ) == 2
        and differ[1] == differ[0] + 1
        and a[differ[0]] == b[differ[1]]
        and a[differ[1]] == b[differ[0]]
    )


def closest_names(name: str, choices: list[str], n: int = 3) -> list[str]:
    """The names most like `name`: at least 0.7 alike, and close to the best (in course order)."""
    scores = {choice: similarity(name, choice) for choice in choices}
    best = max(scores.values(), default=0.0)
    near = [c for c, score in scores.items() if score >= max(0.7, best - 0.1)]
    return sorted(near, key=lambda c: -scores[c])[:n]


class UnknownName(LookupError):
    """A drill, topic or lab name the course does not have; carries the closest names of that
    kind."""

    def __init__(self, kind: str, name: str, choices: list[str]) -> None:
        self.kind, self.name = kind, name
        self.closest = closest_names(name, choices)
        tip = f" Did you mean {', '.join(self.closest)}?" if self.closest else ""
        super().__init__(f"There is no {kind} called '{name}'.{tip} {LISTED_BY[kind]}.")


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
        """What `init` writes for the learner: the task as module docstring (with the CPU time
        each step of the check allows, from drill.toml), then the starter."""
        task = self.task.strip().replace('"""', "'''")
        limit = f"Each step of the check allows your code {self.timeout:g} s of CPU time."
        return f'"""{self.title}\n\n{task}\n\n{limit}\n"""\n\n{self.starter.lstrip()}'


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
        """The topic called `name`, or else the topic of the drill called `name`."""
        topics = self.topics
        if name in topics:
            return topics[name]
        if name in self.drills:
            return topics[self.drills[name].topic]
        raise UnknownName("topic", name, list(topics))

    def next_after(self, drill_id: str) -> Drill | None:
        ids = list(self.drills)
        i = ids.index(drill_id)
        return self.drills[ids[i + 1]] if i + 1 < len(ids) else None


def parse_hints(text: str) -> list[str]:
    """Split hints.md into its graded hints, one per `## ` heading, in file order."""
    hints = []
    for block in re.split(r"^## ", text, flags=re.MULTILINE)[1:]:
        heading, _, body = block.partition("\n")
        # A blank line, not a space: a body that opens with a code fence must start its own line.
        hints.append(f"**{heading.strip()}.**\n\n{body.strip()}")
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
