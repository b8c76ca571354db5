"""What a comparison found, as plain data: the terminal and `--json` both render this."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Metric:
    """One metric of A and of B on the same test examples, and B − A with its bootstrap interval."""

    name: str  # "accuracy", "MAE" or "MSE"
    higher_is_better: bool
    a: float
    b: float
    difference: float  # b − a
    low: float
    high: float


@dataclass(frozen=True)
class McNemar:
    """The examples exactly one model gets right, and the exact two-sided p-value."""

    only_a_right: int
    only_b_right: int
    p_value: float


@dataclass(frozen=True)
class AcrossSeeds:
    """One metric's mean over the runs (seeds) of each model, and B − A with Welch's t-interval."""

    name: str
    higher_is_better: bool
    runs_a: list[float]
    runs_b: list[float]
    mean_a: float
    mean_b: float
    difference: float
    low: float
    high: float
    df: float


@dataclass(frozen=True)
class Comparison:
    kind: str  # "classification" or "regression"
    files: dict[str, str]
    examples: int
    runs: dict[str, int]
    level: float
    resamples: int
    seed: int
    per_example: list[Metric]
    mcnemar: McNemar | None
    reading: str
    across_seeds: list[AcrossSeeds] = field(default_factory=list)
    across_reading: str | None = None
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
