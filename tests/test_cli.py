"""The learner's loop, driven end to end through the `mathlings` command in a temporary folder."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mathlings.catalog import load_course
from mathlings.checker import check

COURSE = load_course()
DRILL = COURSE.drill("matmul-from-scratch")


def mathlings(
    *args: str, cwd: Path, check: bool = False, columns: int = 120
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": str(columns)}
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


@pytest.mark.parametrize("columns", [60, 120])
def test_list_piped_fits_columns_and_cuts_nothing(workspace: Path, columns: int) -> None:
    mathlings("hint", DRILL.id, cwd=workspace, check=True)
    lines = mathlings("list", cwd=workspace, check=True, columns=columns).stdout.splitlines()
    assert all(line == line.rstrip() for line in lines), "a line ends in spaces"
    table = lines[: lines.index("")]  # below it, sentences with the workspace's path kept whole
    assert all(len(line) <= columns for line in table), f"a line is wider than {columns}"
    words = {word for line in table for word in line.split()}
    for drill in COURSE.drills.values():
        assert {drill.id, drill.topic, drill.workspace_name} <= words, f"{drill.id} is cut"
    assert "hints" in lines[0].split()
    (hinted,) = [line.split() for line in table if DRILL.id in line.split()]
    assert "1" in hinted, "the hints used for a drill are shown on its line"


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


def test_init_counts_in_the_singular_when_it_adds_one_file(workspace: Path) -> None:
    learner_file(workspace).unlink()
    done = mathlings("init", ".", cwd=workspace, check=True)
    assert "Added 1 drill file to" in done.stdout and "drill files" not in done.stdout


def test_init_says_how_to_reach_mathlings_when_it_is_not_on_the_path(tmp_path: Path) -> None:
    scripts = Path(sys.prefix) / "bin"
    if not (scripts / "mathlings").exists():
        pytest.skip("mathlings is not installed as a script in this environment")
    env = {**os.environ, "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-m", "mathlings", "init", "ws"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
    )
    said = " ".join(done.stdout.split())
    assert f"{scripts / 'mathlings'}" in said and "not on your PATH" in said
    env["PATH"] = f"{scripts}{os.pathsep}/usr/bin:/bin"
    done = subprocess.run(
        [sys.executable, "-m", "mathlings", "init", "ws2"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
    )
    assert "not on your PATH" not in done.stdout


def test_a_passing_verdict_counts_its_checks_in_good_english(sandbox) -> None:
    one = COURSE.drill("covariance-identity")
    verdict = check(one, file=one.path / "solution.py", sandbox=sandbox)
    assert verdict.message.startswith("The 1 check passes (")
    many = check(DRILL, file=DRILL.path / "solution.py", sandbox=sandbox)
    assert re.match(r"All \d+ checks pass \(\d+ inputs tried\)\.", many.message)


def test_the_solution_outside_a_workspace_says_there_is_no_workspace(tmp_path: Path) -> None:
    done = mathlings("solution", DRILL.id, cwd=tmp_path)
    assert done.returncode == 2
    assert "no workspace here" in done.stderr and "You have not passed" not in done.stderr
    assert "--force" in done.stderr


def test_reset_of_an_untouched_starter_makes_no_backup(workspace: Path) -> None:
    done = mathlings("reset", DRILL.id, cwd=workspace, check=True)
    assert not list((workspace / ".mathlings").glob("backups/*"))
    assert "kept at" not in done.stdout
    assert learner_file(workspace).read_text() == DRILL.workspace_text()


@pytest.mark.parametrize(
    "args", [("list", "--json"), ("check", DRILL.id, "--json", "--file", "SOLUTION")]
)
def test_a_reader_that_stops_early_gets_no_traceback(args: tuple[str, ...], tmp_path: Path):
    args = tuple(str(DRILL.path / "solution.py") if a == "SOLUTION" else a for a in args)
    read, write = os.pipe()
    os.close(read)  # like `| head` that has already gone
    try:
        done = subprocess.run(
            [sys.executable, "-m", "mathlings", *args],
            cwd=tmp_path,
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(write)
    assert done.stderr == ""


def test_list_ends_with_each_areas_count_and_next_drill(workspace: Path) -> None:
    from mathlings.workspace import Workspace

    first = next(iter(COURSE.drills))
    with Workspace.find(workspace, COURSE).progress() as progress:
        progress.record_attempt(first, "pass", 1.0)
    lines = mathlings("list", cwd=workspace, check=True).stdout.rstrip().splitlines()
    expected = []
    for area in COURSE.areas:
        drills = [d for t in area.topics for d in t.drills]
        left = [d for d in drills if d != first]
        passed = len(drills) - len(left)
        expected.append(f"{area.title}: {passed} of {len(drills)} passed; next: {left[0]}.")
    assert lines[-len(expected) :] == expected


def only_two_drill_files(workspace: Path) -> None:
    keep = {COURSE.drill("norms").workspace_name, COURSE.drill("projection").workspace_name}
    for drill in COURSE.drills.values():
        if drill.workspace_name not in keep:
            (workspace / drill.workspace_name).unlink()


def test_check_of_all_drills_shows_a_progress_bar_on_a_terminal(workspace: Path) -> None:
    import pty

    only_two_drill_files(workspace)
    leader, follower = pty.openpty()
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100"}
    process = subprocess.Popen(
        [sys.executable, "-m", "mathlings", "check"],
        cwd=workspace,
        stdin=subprocess.DEVNULL,
        stdout=follower,
        stderr=follower,
        env=env,
    )
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: the command is done
            break
        if not chunk:
            break
        seen += chunk
    os.close(leader)
    assert process.wait(timeout=120) == 1
    text = seen.decode(errors="replace")
    assert "Checking" in text
    assert "0 of 2 drills pass." in text


def test_check_of_all_drills_piped_shows_no_progress_bar(workspace: Path) -> None:
    only_two_drill_files(workspace)
    done = mathlings("check", cwd=workspace)
    assert done.returncode == 1
    assert "Checking" not in done.stdout + done.stderr and "━" not in done.stdout + done.stderr
    assert "\x1b" not in done.stdout
