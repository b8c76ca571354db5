"""The learner's loop, driven end to end through the `mathlings` command in a temporary folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mathlings.catalog import load_course

COURSE = load_course()
DRILL = COURSE.drill("matmul-from-scratch")


def mathlings(*args: str, cwd: Path, check: bool = False) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "120"}
    done = subprocess.run(
        [sys.executable, "-m", "mathlings", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    if check:
        assert done.returncode == 0, done.stderr + done.stdout
    return done


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    mathlings("init", "ws", cwd=tmp_path, check=True)
    return tmp_path / "ws"


def learner_file(workspace: Path) -> Path:
    return workspace / DRILL.workspace_name


def test_init_writes_one_file_per_drill_grouped_by_area_and_a_readme(workspace: Path) -> None:
    assert (workspace / "README.md").is_file()
    for drill in COURSE.drills.values():
        path = workspace / drill.workspace_name
        assert path.is_file()
        assert path.parent.name == drill.area
        assert path.read_text().startswith(f'"""{drill.title}')


def test_init_again_never_overwrites_and_adds_only_what_is_missing(workspace: Path) -> None:
    mine = learner_file(workspace)
    mine.write_text("# my work\n")
    other = workspace / next(iter(COURSE.drills.values())).workspace_name
    if other != mine:
        other.unlink()
    else:
        (workspace / "README.md").unlink()
    done = mathlings("init", ".", cwd=workspace, check=True)
    assert mine.read_text() == "# my work\n"
    assert (other if other != mine else workspace / "README.md").exists()
    assert "Kept" in done.stdout


def test_check_of_a_starter_fails_with_exit_status_1_and_json_fields(workspace: Path) -> None:
    done = mathlings("check", DRILL.id, "--json", cwd=workspace)
    assert done.returncode == 1
    verdict = json.loads(done.stdout)
    assert {"drill", "status", "message", "diagnosis", "counterexample"} <= set(verdict)
    assert verdict["drill"] == DRILL.id and verdict["status"] == "fail"
    assert "not written yet" in verdict["message"]


def test_check_file_checks_any_file_against_a_drill(tmp_path: Path) -> None:
    done = mathlings("check", DRILL.id, "--file", str(DRILL.path / "solution.py"), cwd=tmp_path)
    assert done.returncode == 0, done.stdout
    assert "pass" in done.stdout


def test_a_known_mistake_is_named_in_the_terminal(tmp_path: Path) -> None:
    mistake = DRILL.mistakes[0]
    file = tmp_path / "attempt.py"
    file.write_text(mistake.learner_text())
    done = mathlings("check", DRILL.id, "--file", str(file), cwd=tmp_path)
    assert done.returncode == 1
    assert "Known mistake" in done.stdout
    assert mistake.diagnosis[:40] in " ".join(done.stdout.split())


def test_check_all_exits_0_only_when_every_drill_passes(workspace: Path) -> None:
    assert mathlings("check", cwd=workspace).returncode == 1


def test_an_unknown_drill_gets_one_sentence_with_the_closest_names(tmp_path: Path) -> None:
    done = mathlings("check", "matmul-from-scrach", cwd=tmp_path)
    assert done.returncode == 2
    assert "Did you mean matmul-from-scratch" in done.stderr
    assert done.stderr.count("\n") == 1


def test_outside_a_workspace_the_learner_is_told_to_init(tmp_path: Path) -> None:
    done = mathlings("check", DRILL.id, cwd=tmp_path)
    assert done.returncode == 2
    assert "mathlings init" in done.stderr


def test_hints_come_one_more_each_call_and_are_recorded(workspace: Path) -> None:
    first = mathlings("hint", DRILL.id, cwd=workspace, check=True).stdout
    second = mathlings("hint", DRILL.id, cwd=workspace, check=True).stdout
    third = mathlings("hint", DRILL.id, cwd=workspace, check=True).stdout
    assert "Hint 1 of 3" in first and "Nudge" in first
    assert "Hint 2 of 3" in second and "Formula" in second
    assert "Hint 3 of 3" in third and "last hint" in third
    listing = json.loads(mathlings("list", "--json", cwd=workspace, check=True).stdout)
    row = next(d for a in listing["areas"] for d in a["drills"] if d["drill"] == DRILL.id)
    assert row["hints"] == 3


def test_list_shows_every_drill_by_area_with_its_status(workspace: Path) -> None:
    learner_file(workspace).write_text((DRILL.path / "solution.py").read_text())
    mathlings("check", DRILL.id, cwd=workspace, check=True)
    listing = json.loads(mathlings("list", "--json", cwd=workspace, check=True).stdout)
    areas_with_drills = [a.id for a in COURSE.areas if any(t.drills for t in a.topics)]
    assert [a["id"] for a in listing["areas"]] == areas_with_drills
    statuses = {d["drill"]: d["status"] for a in listing["areas"] for d in a["drills"]}
    assert set(statuses) == set(COURSE.drills)
    assert statuses[DRILL.id] == "passed"
    text = mathlings("list", cwd=workspace, check=True).stdout
    assert "passed" in text and "Linear algebra" in text


def test_the_solution_stays_closed_before_a_pass_unless_forced(workspace: Path) -> None:
    closed = mathlings("solution", DRILL.id, cwd=workspace)
    assert closed.returncode == 2 and "--force" in closed.stderr
    forced = mathlings("solution", DRILL.id, "--force", cwd=workspace, check=True)
    assert "def matmul" in forced.stdout and "before you passed" in forced.stderr


def test_after_a_pass_the_solution_is_shown(workspace: Path) -> None:
    learner_file(workspace).write_text(
        (DRILL.path / "alternatives" / "comprehensions.py").read_text()
    )
    mathlings("check", DRILL.id, cwd=workspace, check=True)
    shown = mathlings("solution", DRILL.id, cwd=workspace, check=True)
    assert "def matmul" in shown.stdout and shown.stderr == ""


def test_reset_restores_the_starter_and_keeps_a_backup(workspace: Path) -> None:
    learner_file(workspace).write_text("# an attempt worth keeping\n")
    done = mathlings("reset", DRILL.id, cwd=workspace, check=True)
    assert learner_file(workspace).read_text() == DRILL.workspace_text()
    backups = list((workspace / ".mathlings" / "backups").glob("*.py"))
    assert [b.read_text() for b in backups] == ["# an attempt worth keeping\n"]
    assert str(backups[0].name) in done.stdout


def test_a_lesson_renders_in_the_terminal(tmp_path: Path) -> None:
    done = mathlings("lesson", DRILL.topic, cwd=tmp_path, check=True)
    assert "The idea" in done.stdout and "The formula" in done.stdout


def test_an_unknown_topic_gets_the_closest_names(tmp_path: Path) -> None:
    done = mathlings("lesson", "eigenvalue", cwd=tmp_path)
    assert done.returncode == 2 and "eigenvalues" in done.stderr


def test_lab_gd_saves_a_png(tmp_path: Path) -> None:
    mathlings("lab", "gd", "--out", str(tmp_path), cwd=tmp_path, check=True)
    assert (tmp_path / "gd.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_watch_checks_a_saved_file_and_names_the_next_drill(workspace: Path) -> None:
    watcher = subprocess.Popen(
        [sys.executable, "-m", "mathlings", "watch", "--max-checks", "1"],
        cwd=workspace,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert watcher.stdout is not None
        assert "Watching" in watcher.stdout.readline()
        time.sleep(0.5)
        learner_file(workspace).write_text((DRILL.path / "solution.py").read_text())
        out, err = watcher.communicate(timeout=60)
    finally:
        watcher.kill()
    assert watcher.returncode == 0, err
    assert "pass" in out and "Next up:" in out


def test_python_dash_m_and_the_console_script_are_the_same_command(tmp_path: Path) -> None:
    assert "init" in mathlings("--help", cwd=tmp_path, check=True).stdout


def test_checking_leaves_nothing_but_the_learners_files_in_the_workspace(workspace: Path) -> None:
    before = sorted(p.name for p in workspace.iterdir())
    mathlings("check", DRILL.id, cwd=workspace)
    assert sorted(p.name for p in workspace.iterdir()) == before
    assert not (workspace / ".hypothesis").exists()
    assert oct(learner_file(workspace).stat().st_mode & 0o777) != oct(0o600)


def test_lab_options_reach_the_picture_and_misuse_gets_a_sentence(tmp_path: Path) -> None:
    mathlings(
        "lab", "gd", "--rates", "0.05,0.3,1.1", "--out", str(tmp_path), cwd=tmp_path, check=True
    )
    wrong = mathlings("lab", "maps", "--rates", "1,2,3", "--out", str(tmp_path), cwd=tmp_path)
    assert wrong.returncode == 2 and wrong.stderr.startswith("mathlings: ")


def test_checking_untouched_starters_does_not_count_as_attempts(workspace: Path) -> None:
    mathlings("check", cwd=workspace)
    listing = json.loads(mathlings("list", "--json", cwd=workspace, check=True).stdout)
    assert {d["status"] for a in listing["areas"] for d in a["drills"]} == {"untouched"}


LINEAR_ALGEBRA_DRILLS = {
    "norms",
    "projection",
    "cosine-similarity",
    "linear-maps",
    "matmul-from-scratch",
    "composition",
    "row-reduction",
    "null-space",
    "eigen-2x2",
    "power-iteration",
    "low-rank",
    "recommender",
    "covariance-identity",
    "pca-by-hand",
    "pca-paper",
    "pca",
}


def test_list_json_shows_every_linear_algebra_drill_under_its_area(tmp_path: Path) -> None:
    listing = json.loads(mathlings("list", "--json", cwd=tmp_path, check=True).stdout)
    area = next(a for a in listing["areas"] if a["id"] == "linear-algebra")
    assert {d["drill"] for d in area["drills"]} >= LINEAR_ALGEBRA_DRILLS


def test_workspace_can_be_named_before_or_after_the_command(
    workspace: Path, tmp_path: Path
) -> None:
    for args in (["--workspace", str(workspace), "list"], ["list", "--workspace", str(workspace)]):
        assert str(workspace.resolve()) in mathlings(*args, cwd=tmp_path, check=True).stdout


def test_list_and_check_go_on_past_a_corrupt_progress_file_and_say_so_once(
    workspace: Path,
) -> None:
    progress = workspace / ".mathlings" / "progress.sqlite"
    progress.write_bytes(b"not a database, whatever it was before\n" * 100)
    listed = mathlings("list", cwd=workspace, check=True)
    assert "Linear algebra" in listed.stdout
    assert listed.stderr.count("\n") == 1
    assert listed.stderr.startswith("mathlings: Your progress file was damaged")

    progress.write_bytes(b"damaged again\n" * 100)
    learner_file(workspace).write_text((DRILL.path / "solution.py").read_text())
    checked = mathlings("check", DRILL.id, cwd=workspace, check=True)
    assert "pass" in checked.stdout
    assert checked.stderr.count("\n") == 1 and "was damaged" in checked.stderr
    aside = sorted(p.name for p in progress.parent.glob("progress.sqlite.damaged-*"))
    assert len([name for name in aside if not name.endswith(("-wal", "-shm"))]) == 2

    again = mathlings("list", "--json", cwd=workspace, check=True)
    listing = json.loads(again.stdout)
    statuses = {d["drill"]: d["status"] for a in listing["areas"] for d in a["drills"]}
    assert statuses[DRILL.id] == "passed" and again.stderr == ""  # the fresh store is kept


def test_a_progress_file_from_a_newer_mathlings_is_one_sentence_not_a_traceback(
    workspace: Path,
) -> None:
    import sqlite3

    from mathlings.progress import SCHEMA_VERSION

    mathlings("list", cwd=workspace, check=True)
    conn = sqlite3.connect(workspace / ".mathlings" / "progress.sqlite")
    with conn:
        conn.execute(
            "UPDATE meta SET value = ? WHERE key = 'schema_version'", (SCHEMA_VERSION + 1,)
        )
    conn.close()
    listed = mathlings("list", cwd=workspace)
    assert listed.returncode != 0
    assert "newer mathlings" in listed.stderr and "Traceback" not in listed.stderr
