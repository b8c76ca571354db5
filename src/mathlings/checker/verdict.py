"""The verdict: one data structure that the terminal, `--json` and the notebook view all render."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Status = Literal["pass", "fail", "error", "timeout", "rule"]
VERSION = 1
GENERIC = "generic:"  # the id prefix of a mistake named by its pattern (checker/detect.py)


@dataclass
class Diagnosis:
    """A mistake the answer matches, named in one sentence: one of the drill's known mistakes, or
    a generic pattern seen on every failing input (its id starts with `generic:`)."""

    mistake: str
    message: str

    @property
    def generic(self) -> bool:
        return self.mistake.startswith(GENERIC)


@dataclass
class Counterexample:
    """The smallest input found that shows the problem, with what was expected and what came."""

    call: str
    inputs: dict[str, Any]
    expected: Any = None
    got: Any = None
    wrong: list[list[int]] | None = None  # indices of the entries that differ
    tolerance: str | None = None
    shrunk: bool = False


@dataclass
class CheckResult:
    """One step of the verdict; a failing step carries its own diagnosis, when one is named."""

    name: str
    status: Status
    examples: int = 0
    message: str = ""
    diagnosis: Diagnosis | None = None


@dataclass
class Verdict:
    drill: str
    status: Status
    message: str
    diagnosis: Diagnosis | None = None
    counterexample: Counterexample | None = None
    step: str | None = None
    checks: list[CheckResult] = field(default_factory=list)
    traceback: str | None = None
    output: str = ""
    detail: str | None = None  # one more sentence: a shape hint, a rule, what to do next
    duration_ms: float | None = None
    version: int = VERSION

    @property
    def passed(self) -> bool:
        return self.status == "pass"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Verdict:
        data = dict(data)
        if data.get("diagnosis"):
            data["diagnosis"] = Diagnosis(**data["diagnosis"])
        if data.get("counterexample"):
            data["counterexample"] = Counterexample(**data["counterexample"])
        data["checks"] = [CheckResult(**c) for c in data.get("checks", [])]
        for step in data["checks"]:
            if step.diagnosis:
                step.diagnosis = Diagnosis(**step.diagnosis)  # type: ignore[arg-type]
        return cls(**data)

    def __str__(self) -> str:
        from mathlings.render import verdict_text

        return verdict_text(self)
