"""The tour accounts for every drill it checked and leaves no temporary workspace behind."""

from __future__ import annotations

import importlib.util
import io
import tempfile
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from mathlings import tour as tour_module
from mathlings.catalog import load_course
from mathlings.checker.verdict import Verdict

COURSE = load_course()


def verdicts(passing: str) -> dict[str, Verdict]:
    return {
        d: Verdict(drill=d, status="pass" if d == passing else "fail", message="")
        for d in COURSE.drills
    }


def recording() -> Console:
    return Console(file=io.StringIO(), width=300)


def test_the_summary_counts_the_pass_the_mistake_and_the_starters() -> None:
    solved, mistaken = "norms", COURSE.drill("mse-gradient")
    said = tour_module.summary(COURSE.drills, verdicts(solved), mistaken)
    others = len(COURSE.drills) - 2
    assert said == (
        f"1 of {len(COURSE.drills)} drills pass (norms); mse-gradient has the classic mistake; "
        f"the other {others} are still starters, waiting for the learner."
    )


def test_without_torch_the_tour_shows_a_mistake_it_can_check_and_counts_the_blocked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda n, *a: None if n == "torch" else real(n, *a)
    )
    mistaken = tour_module._drill_with_mistake(COURSE.drills, "mse-gradient", avoid="norms")
    assert mistaken is not None and not mistaken.needs
    blocked = [d for d in COURSE.drills.values() if "torch" in d.needs]
    said = tour_module.summary(COURSE.drills, verdicts("norms"), mistaken)
    assert f"{len(blocked)} cannot be checked until `pip install torch`" in said
    assert f"the other {len(COURSE.drills) - 2 - len(blocked)} are still starters" in said


@pytest.mark.parametrize("ending", ["returns", "raises"])
def test_the_tours_temporary_workspace_is_removed_and_the_tour_says_so(
    ending: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    made: list[Path] = []
    real = tempfile.mkdtemp

    def mkdtemp(**kwargs: Any) -> str:
        made.append(Path(real(dir=tmp_path, **kwargs)))
        return str(made[-1])

    def fake_tour(out: Any, root: Path) -> int:
        (root / "drill.py").write_text("# a learner file\n")
        if ending == "raises":
            raise RuntimeError("the tour broke")
        return 0

    monkeypatch.setattr(tempfile, "mkdtemp", mkdtemp)
    monkeypatch.setattr(tour_module, "_tour", fake_tour)
    out = recording()
    if ending == "raises":
        with pytest.raises(RuntimeError):
            tour_module.tour(out)
    else:
        assert tour_module.tour(out) == 0
    assert len(made) == 1 and not made[0].exists()
    said = out.file.getvalue()
    assert str(made[0]) in said and "--dir" in said


def test_a_tour_in_a_folder_of_your_choosing_stays(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setattr(tour_module, "_tour", lambda out, root: root.mkdir() or 0)
    tour_module.tour(recording(), tmp_path / "mine")
    assert (tmp_path / "mine").is_dir()
