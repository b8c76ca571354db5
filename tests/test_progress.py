"""The progress store keeps every attempt, hint and solution view, even across kills and races."""

from __future__ import annotations

import dataclasses
import itertools
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mathlings import progress as progress_module
from mathlings.progress import ATTEMPT_STATUSES, SCHEMA_VERSION, DrillProgress, Progress

SRC = Path(__file__).resolve().parents[1] / "src"
CHILD_TIMEOUT_S = 60


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "workspace" / ".mathlings" / "progress.db"


@pytest.fixture
def store(db: Path):
    with Progress(db) as p:
        yield p


def spawn(script: str, *args: str) -> subprocess.Popen[str]:
    """Start a child Python running `script` with mathlings importable, talking over pipes."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")]))
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def read_line(child: subprocess.Popen[str]) -> str:
    """The child's next line of output; if it died instead, fail with what it said."""
    assert child.stdout is not None
    line = child.stdout.readline()
    if not line:
        child.wait(timeout=CHILD_TIMEOUT_S)
        stderr = child.stderr.read() if child.stderr else ""
        raise AssertionError(f"the child exited with {child.returncode}:\n{stderr}")
    return line


def integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


# -- recording and summarising ---------------------------------------------------------------


def test_a_drill_never_touched_is_untouched(store: Progress) -> None:
    assert store.drill("vectors.dot") == DrillProgress(
        "vectors.dot", "untouched", 0, 0, 0, False, None, None
    )
    assert store.summary() == {}
    assert not store.has_passed("vectors.dot")
    assert store.hints_used("vectors.dot") == 0


def test_failed_attempts_make_a_drill_attempted(store: Progress) -> None:
    store.record_attempt("vectors.dot", "fail")
    store.record_attempt("vectors.dot", "error", duration_ms=12.5)
    d = store.drill("vectors.dot")
    assert (d.status, d.attempts, d.passes, d.last_status) == ("attempted", 2, 0, "error")
    assert not store.has_passed("vectors.dot")


def test_one_pass_makes_a_drill_passed_even_if_later_attempts_fail(store: Progress) -> None:
    store.record_attempt("vectors.dot", "fail")
    store.record_attempt("vectors.dot", "pass")
    store.record_attempt("vectors.dot", "timeout")
    d = store.drill("vectors.dot")
    assert (d.status, d.attempts, d.passes, d.last_status) == ("passed", 3, 1, "timeout")
    assert store.has_passed("vectors.dot")


def test_every_attempt_status_is_accepted_and_reported_as_the_last(store: Progress) -> None:
    for status in sorted(ATTEMPT_STATUSES):
        store.record_attempt("d", status)
        assert store.drill("d").last_status == status
    assert store.drill("d").attempts == len(ATTEMPT_STATUSES)


def test_hints_used_is_the_highest_level_shown(store: Progress) -> None:
    store.record_hint("softmax.stable", 2)
    store.record_hint("softmax.stable", 1)
    assert store.hints_used("softmax.stable") == 2
    store.record_hint("softmax.stable", 3)
    assert store.hints_used("softmax.stable") == 3
    assert store.drill("softmax.stable").hints_used == 3


def test_hints_and_solution_views_alone_leave_a_drill_untouched_but_listed(
    store: Progress,
) -> None:
    store.record_hint("a", 1)
    store.record_solution_view("b", forced=True)
    summary = store.summary()
    assert set(summary) == {"a", "b"}
    assert (summary["a"].status, summary["a"].hints_used, summary["a"].solution_viewed) == (
        "untouched",
        1,
        False,
    )
    assert (summary["b"].status, summary["b"].hints_used, summary["b"].solution_viewed) == (
        "untouched",
        0,
        True,
    )
    assert summary["a"].last_at is not None and summary["a"].last_status is None


def test_solution_views_are_recorded_with_whether_they_were_forced(
    store: Progress, db: Path
) -> None:
    store.record_solution_view("d", forced=False)
    store.record_solution_view("d", forced=True)
    assert store.drill("d").solution_viewed
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT forced FROM solution_view ORDER BY id").fetchall() == [(0,), (1,)]
    conn.close()


def test_drills_are_counted_separately(store: Progress) -> None:
    store.record_attempt("a", "pass")
    store.record_attempt("b", "fail")
    store.record_hint("b", 2)
    summary = store.summary()
    assert list(summary) == ["a", "b"]
    assert (summary["a"].attempts, summary["a"].hints_used) == (1, 0)
    assert (summary["b"].attempts, summary["b"].status, summary["b"].hints_used) == (
        1,
        "attempted",
        2,
    )


def test_timestamps_are_iso_8601_in_utc(store: Progress) -> None:
    before = datetime.now().astimezone()
    store.record_attempt("d", "fail")
    at = store.drill("d").last_at
    assert at is not None and at.endswith("+00:00")
    parsed = datetime.fromisoformat(at)
    assert parsed.utcoffset() == timedelta(0)
    assert before - timedelta(seconds=1) <= parsed <= datetime.now().astimezone()


def test_last_at_is_the_latest_event_of_any_kind(
    store: Progress, monkeypatch: pytest.MonkeyPatch
) -> None:
    stamps = iter(f"2025-01-01T00:00:0{i}.000000+00:00" for i in range(10))
    monkeypatch.setattr(progress_module, "_now", lambda: next(stamps))
    store.record_attempt("d", "fail")
    store.record_hint("d", 1)
    assert store.drill("d").last_at == "2025-01-01T00:00:01.000000+00:00"
    store.record_solution_view("d", forced=False)
    assert store.drill("d").last_at == "2025-01-01T00:00:02.000000+00:00"
    assert store.drill("d").last_status == "fail"


def test_the_latest_attempt_wins_even_if_the_clock_goes_backwards(
    store: Progress, monkeypatch: pytest.MonkeyPatch
) -> None:
    stamps = iter(["2025-06-01T00:00:00.000000+00:00", "2025-01-01T00:00:00.000000+00:00"])
    monkeypatch.setattr(progress_module, "_now", lambda: next(stamps))
    store.record_attempt("d", "pass")
    store.record_attempt("d", "fail")
    assert store.drill("d").last_status == "fail"


# -- invalid input ---------------------------------------------------------------------------


@pytest.mark.parametrize("status", ["passed", "PASS", "", "ok", None, 1])
def test_an_unknown_attempt_status_is_a_value_error(store: Progress, status: object) -> None:
    with pytest.raises(ValueError, match="status"):
        store.record_attempt("d", status)  # type: ignore[arg-type]
    assert store.summary() == {}


@pytest.mark.parametrize("level", [0, -1, 1.5, True, "2", None])
def test_a_hint_level_that_is_not_a_positive_integer_is_a_value_error(
    store: Progress, level: object
) -> None:
    with pytest.raises(ValueError, match="hint level"):
        store.record_hint("d", level)  # type: ignore[arg-type]
    assert store.summary() == {}


@pytest.mark.parametrize("duration", [-1.0, float("nan"), float("inf"), "3", True])
def test_a_bad_duration_is_a_value_error(store: Progress, duration: object) -> None:
    with pytest.raises(ValueError, match="duration_ms"):
        store.record_attempt("d", "pass", duration)  # type: ignore[arg-type]
    assert store.summary() == {}


@pytest.mark.parametrize("drill", ["", "   ", None, 3])
def test_an_empty_or_non_string_drill_name_is_a_value_error(store: Progress, drill: object) -> None:
    for call in (
        lambda: store.record_attempt(drill, "pass"),  # type: ignore[arg-type]
        lambda: store.record_hint(drill, 1),  # type: ignore[arg-type]
        lambda: store.record_solution_view(drill, False),  # type: ignore[arg-type]
        lambda: store.drill(drill),  # type: ignore[arg-type]
    ):
        with pytest.raises(ValueError, match="drill name"):
            call()
    assert store.summary() == {}


def test_forced_must_be_a_bool(store: Progress) -> None:
    with pytest.raises(ValueError, match="forced"):
        store.record_solution_view("d", "yes")  # type: ignore[arg-type]


def test_a_closed_store_refuses_to_record(db: Path) -> None:
    p = Progress(db)
    p.close()
    p.close()  # closing twice is harmless
    with pytest.raises(ValueError, match="closed"):
        p.record_attempt("d", "pass")


# -- the file --------------------------------------------------------------------------------


def test_progress_survives_reopening_the_file(db: Path) -> None:
    with Progress(db) as p:
        p.record_attempt("a", "fail", 3.0)
        p.record_attempt("a", "pass", 4.0)
        p.record_hint("a", 2)
        p.record_solution_view("b", forced=True)
        before = p.summary()
    assert db.exists()
    with Progress(db) as p:
        assert p.summary() == before
        assert p.drill("a").status == "passed"


def test_the_file_has_the_schema_a_version_and_wal(store: Progress, db: Path) -> None:
    conn = sqlite3.connect(db)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"meta", "attempt", "hint", "solution_view"} <= tables
    assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (
        str(SCHEMA_VERSION),
    )
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    conn.close()


def test_a_file_from_a_newer_schema_is_refused_not_misread(db: Path) -> None:
    Progress(db).close()
    conn = sqlite3.connect(db)
    with conn:
        conn.execute(
            "UPDATE meta SET value = ? WHERE key = 'schema_version'", (SCHEMA_VERSION + 1,)
        )
    conn.close()
    with pytest.raises(ValueError, match="newer mathlings"):
        Progress(db)


# -- damaged and unwritable files -------------------------------------------------------------

DAMAGED_NAME = re.compile(r"progress\.db\.damaged-\d{8}T\d{12}Z")


@pytest.fixture(autouse=True)
def fresh_process_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts as a new process would, before the one warning has been given."""
    monkeypatch.setattr(progress_module, "_warned", False)


def fill(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """200 attempts across four drills, then 30 hints; attempt i is stamped with i microseconds."""
    stamps = (f"2025-01-01T00:00:00.{i:06d}+00:00" for i in itertools.count(1))
    with monkeypatch.context() as m:
        m.setattr(progress_module, "_now", lambda: next(stamps))
        with Progress(db) as p:
            for i in range(200):
                p.record_attempt(f"drill.{i % 4}", "pass" if i % 7 == 0 else "fail", float(i))
            for i in range(30):
                p.record_hint(f"drill.{i % 4}", 1 + i % 3)


def damaged_files(db: Path) -> list[Path]:
    return sorted(p for p in db.parent.iterdir() if DAMAGED_NAME.fullmatch(p.name))


def attempt_ids(p: Progress) -> set[int]:
    return {i for (i,) in p._connection().execute("SELECT id FROM attempt")}


def random_bytes(db: Path) -> None:
    db.write_bytes(random.Random(0).randbytes(db.stat().st_size))


def header_overwritten(db: Path) -> None:
    with db.open("r+b") as f:
        f.write(b"this is no longer a database header" * 3)


def truncated_to_half(db: Path) -> None:
    os.truncate(db, db.stat().st_size // 2)


def a_directory(db: Path) -> None:
    db.unlink()
    db.mkdir()
    (db / "something.txt").write_text("not ours to lose either\n")


@pytest.mark.parametrize(
    "damage", [random_bytes, header_overwritten, truncated_to_half, a_directory]
)
def test_a_damaged_file_is_moved_aside_kept_and_replaced_by_a_working_store(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], damage
) -> None:
    fill(db, monkeypatch)
    damage(db)
    before = db.read_bytes() if db.is_file() else (db / "something.txt").read_text()
    with Progress(db) as p:
        recovered = sum(d.attempts for d in p.summary().values())
        p.record_attempt("after.damage", "pass")
        assert p.has_passed("after.damage")
    [aside] = damaged_files(db)
    assert (aside.read_bytes() if aside.is_file() else (aside / "something.txt").read_text()) == (
        before
    )
    assert integrity(db) == "ok" and recovered <= 200
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("mathlings: Your progress file was damaged")
    assert str(aside) in lines[0] and lines[0].endswith(".")
    with Progress(db) as p:  # the fresh store is healthy: nothing more is said or moved
        assert p.has_passed("after.damage")
    assert capsys.readouterr().err == "" and len(damaged_files(db)) == 1


def damage_the_page_of_attempt_100(db: Path) -> None:
    conn = sqlite3.connect(db)
    (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    data = bytearray(db.read_bytes())
    page = data.find(b"2025-01-01T00:00:00.000100+00:00") // page_size
    assert page > 0
    data[page * page_size : (page + 1) * page_size] = b"\xff" * page_size
    db.write_bytes(data)


def test_the_rows_on_either_side_of_a_damaged_page_are_recovered(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(db, monkeypatch)
    damage_the_page_of_attempt_100(db)
    with Progress(db) as p:  # the damaged page is only touched here, by the first read
        summary = p.summary()
        ids = attempt_ids(p)
        assert p.hints_used("drill.3") == 3
    assert 0 < sum(d.attempts for d in summary.values()) == len(ids) < 200
    assert {1, 200} <= ids and 100 not in ids
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"its {len(ids) + 30} readable records" in err
    assert len(damaged_files(db)) == 1


def test_a_damaged_files_wal_goes_aside_with_it_and_its_rows_are_recovered(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(db, monkeypatch)
    damage_the_page_of_attempt_100(db)
    other = sqlite3.connect(db, isolation_level=None)  # another process, so the WAL stays
    try:
        other.execute("INSERT INTO hint (drill, at, level) VALUES ('in.wal', 'now', 2)")
        with Progress(db) as p:
            p.summary()
            assert p.hints_used("in.wal") == 2
        [aside] = damaged_files(db)
        assert Path(f"{aside}-wal").is_file() and Path(f"{aside}-shm").is_file()
    finally:
        other.close()


def test_an_empty_file_is_an_empty_store_not_damage(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # SQLite reads a zero-byte file as an empty database, and a process creating the store
    # leaves one for a moment: moving it aside would move another process's new store.
    db.parent.mkdir(parents=True)
    db.write_bytes(b"")
    with Progress(db) as p:
        assert p.summary() == {}
        p.record_attempt("d", "pass")
        assert p.has_passed("d")
    assert damaged_files(db) == [] and capsys.readouterr().err == ""


def test_a_store_opened_before_another_process_recovered_it_reads_the_recovered_one(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(db, monkeypatch)
    conn = sqlite3.connect(db)
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'attempt'").fetchone()
    (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    with db.open("r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\xff" * page_size)
    with Progress(db) as watch, Progress(db) as check:
        check.record_hint("drill.0", 3)  # hints are intact, so nothing is noticed yet
        assert check.summary()["drill.0"].hints_used == 3  # check recovers the file
        assert watch.summary() == check.summary()  # watch finds the file recovered already
    assert len(damaged_files(db)) == 1 and capsys.readouterr().err.count("\n") == 1


def test_a_damaged_file_that_cannot_be_moved_is_read_as_far_as_it_can_be(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(db, monkeypatch)
    truncated_to_half(db)
    before = db.read_bytes()

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(progress_module.os, "replace", refuse)
    for _ in range(2):
        with Progress(db) as p:
            hints = p.hints_used("drill.3")
            p.record_attempt("d", "pass")
            assert not p.has_passed("d")
    assert hints == 3  # the hints' page lies in the half that is left
    assert db.read_bytes() == before and damaged_files(db) == []
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and "damaged and cannot be moved aside (permission denied)" in lines[0]


def cannot_write_the_file(db: Path) -> object:
    """sqlite3.connect as it is for a file that may be read but not written."""
    real = sqlite3.connect

    def connect(target: object, *args: object, uri: bool = False, **kwargs: object) -> object:
        if not uri and Path(str(target)) == db:
            return real(f"{db.resolve().as_uri()}?mode=ro", *args, uri=True, **kwargs)
        return real(target, *args, uri=uri, **kwargs)  # type: ignore[arg-type]

    return connect


def cannot_open_for_writing(db: Path) -> object:
    """sqlite3.connect as it is when SQLite cannot write in the folder at all."""
    real = sqlite3.connect

    def connect(target: object, *args: object, uri: bool = False, **kwargs: object) -> object:
        if not uri and Path(str(target)) == db:
            raise sqlite3.OperationalError("attempt to write a readonly database")
        return real(target, *args, uri=uri, **kwargs)  # type: ignore[arg-type]

    return connect


# Tests run as root, whom chmod does not stop, so read-only is what SQLite is made to see.
@pytest.mark.parametrize("read_only", [cannot_write_the_file, cannot_open_for_writing])
def test_a_read_only_store_is_read_and_recording_is_skipped_with_one_warning(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], read_only
) -> None:
    fill(db, monkeypatch)
    with Progress(db) as p:
        before = p.summary()
    before_bytes = db.read_bytes()
    monkeypatch.setattr(sqlite3, "connect", read_only(db))
    for _ in range(2):  # the CLI opens the store once per record
        with Progress(db) as p:
            assert p.summary() == before
            p.record_attempt("drill.1", "pass")
            p.record_hint("drill.1", 3)
            p.record_solution_view("drill.1", forced=True)
            assert p.summary() == before
            assert p.hints_used("drill.2") == before["drill.2"].hints_used
    monkeypatch.undo()
    assert db.read_bytes() == before_bytes
    lines = capsys.readouterr().err.splitlines()
    assert lines == [
        f"mathlings: Your progress cannot be recorded in {db} (attempt to write a readonly "
        "database), so this run goes on without recording it."
    ]


def test_a_read_only_store_written_by_a_newer_mathlings_is_still_refused(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Progress(db).close()
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.close()
    monkeypatch.setattr(sqlite3, "connect", cannot_open_for_writing(db))
    with pytest.raises(ValueError, match="newer mathlings"):
        Progress(db)


def test_a_state_folder_that_cannot_be_made_gives_an_empty_store_that_records_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "workspace").write_text("a file where the workspace folder should be\n")
    db = tmp_path / "workspace" / ".mathlings" / "progress.sqlite"
    with Progress(db) as p:
        p.record_attempt("d", "pass")
        assert p.summary() == {} and not p.has_passed("d")
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot be recorded" in err and "(not a directory)" in err


READ_ONLY_FOLDER = """
    import os, sys
    from mathlings.progress import Progress
    if os.getuid() == 0:  # as nobody, the folder's permissions bind as they do for a learner
        try:
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
        except OSError:
            sys.exit(77)
    for _ in range(2):
        with Progress(sys.argv[1]) as p:
            p.record_attempt("drill.1", "pass")
            print(p.drill("drill.1").attempts, p.hints_used("drill.3"), flush=True)
"""


def test_a_store_in_a_truly_read_only_folder_is_read_without_its_wal_index(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # SQLite cannot read a WAL store without making its -shm file, which a read-only folder
    # forbids; this checks the fallback against real permissions, not a stand-in.
    with tempfile.TemporaryDirectory() as tmp:
        state = Path(tmp) / ".mathlings"
        db = state / "progress.sqlite"
        fill(db, monkeypatch)
        os.chmod(tmp, 0o755)
        os.chmod(db, 0o444)
        os.chmod(state, 0o555)
        try:
            child = spawn(READ_ONLY_FOLDER, str(db))
            out, err = child.communicate(timeout=CHILD_TIMEOUT_S)
        finally:
            os.chmod(state, 0o755)
        if child.returncode == 77:
            pytest.skip("cannot drop root privileges here")
        assert child.returncode == 0, err
        assert out.split("\n") == ["50 3", "50 3", ""]
        assert err.count("\n") == 1 and "cannot be recorded" in err
        assert sorted(p.name for p in state.iterdir()) == ["progress.sqlite"]


# -- crashes and concurrency -----------------------------------------------------------------

RECORD_FOREVER = """
    import sys
    from mathlings.progress import Progress
    p = Progress(sys.argv[1])
    i = 0
    while True:
        p.record_attempt("kill.me", "pass" if i % 3 == 0 else "fail", float(i))
        print(i, flush=True)
        i += 1
"""


def test_kill_9_loses_nothing_that_was_recorded(db: Path) -> None:
    child = spawn(RECORD_FOREVER, str(db))
    acknowledged = set()
    try:
        while len(acknowledged) < 200:
            acknowledged.add(int(read_line(child)))
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.communicate(timeout=CHILD_TIMEOUT_S)
    assert child.returncode == -signal.SIGKILL

    assert integrity(db) == "ok"  # before any recovery by a new writer
    with Progress(db) as p:
        stored = {int(d) for (d,) in p._connection().execute("SELECT duration_ms FROM attempt")}
        assert acknowledged <= stored
        assert p.drill("kill.me").attempts == len(stored) >= 200
    assert integrity(db) == "ok"


WRITE_N_AFTER_GO = """
    import sys, time
    from mathlings.progress import Progress
    path, n, mode, writer, pause = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], 0.0
    if mode == "open-after-go":
        sys.stdin.readline()
    p = Progress(path)
    print("ready", flush=True)
    if mode == "open-before-go":
        sys.stdin.readline()
        pause = 0.001  # like real use: short writes with gaps, so the writers interleave
    for i in range(n):
        p.record_attempt("same.drill", "pass" if i % 2 else "fail", float(writer))
        time.sleep(pause)
    p.close()
"""


def run_together(db: Path, writers: int, n: int, mode: str) -> None:
    """Start `writers` processes that each record `n` attempts, release them at once, wait."""
    children = [spawn(WRITE_N_AFTER_GO, str(db), str(n), mode, str(k)) for k in range(writers)]
    try:
        if mode == "open-before-go":
            for child in children:
                assert read_line(child) == "ready\n"
        for child in children:
            assert child.stdin is not None
            child.stdin.write("go\n")
            child.stdin.flush()
        for child in children:
            _, err = child.communicate(timeout=CHILD_TIMEOUT_S)
            assert child.returncode == 0, err
    finally:
        for child in children:
            child.kill()
            child.communicate()


def test_two_writers_at_once_lose_no_update(db: Path) -> None:
    n = 300
    run_together(db, writers=2, n=n, mode="open-before-go")
    with Progress(db) as p:
        d = p.drill("same.drill")
        order = [
            w for (w,) in p._connection().execute("SELECT duration_ms FROM attempt ORDER BY id")
        ]
    assert (d.attempts, d.passes, d.status) == (2 * n, n, "passed")
    switches = sum(a != b for a, b in itertools.pairwise(order))
    assert switches >= 10, f"the writers took turns only {switches} times; they did not overlap"
    assert integrity(db) == "ok"


def test_two_processes_can_create_the_same_fresh_file_at_once(tmp_path: Path) -> None:
    # Converting a fresh file to WAL is the one step SQLite's busy timeout does not cover; this
    # race failed about every other round before Progress retried it, so twenty rounds catch it.
    for round_ in range(20):
        db = tmp_path / f"round{round_}" / "progress.db"
        run_together(db, writers=2, n=5, mode="open-after-go")
        with Progress(db) as p:
            assert p.drill("same.drill").attempts == 10
            assert p._connection().execute("SELECT COUNT(*) FROM meta").fetchone() == (1,)


# -- against a model -------------------------------------------------------------------------

DRILLS = ["vectors.dot", "softmax.stable", "grad.chain"]
EVENTS = st.one_of(
    st.tuples(
        st.just("attempt"), st.sampled_from(DRILLS), st.sampled_from(sorted(ATTEMPT_STATUSES))
    ),
    st.tuples(st.just("hint"), st.sampled_from(DRILLS), st.integers(1, 3)),
    st.tuples(st.just("solution"), st.sampled_from(DRILLS), st.booleans()),
)


def model_summary(events: list[tuple[str, str, object]]) -> dict[str, DrillProgress]:
    """The obvious in-memory bookkeeping the database must agree with (timestamps aside)."""
    model: dict[str, dict[str, object]] = {}
    for kind, drill, value in events:
        m = model.setdefault(
            drill, {"attempts": 0, "passes": 0, "hints": 0, "viewed": False, "last": None}
        )
        if kind == "attempt":
            m["attempts"] = int(m["attempts"]) + 1  # type: ignore[call-overload]
            m["passes"] = int(m["passes"]) + (value == "pass")  # type: ignore[call-overload]
            m["last"] = value
        elif kind == "hint":
            m["hints"] = max(int(m["hints"]), int(value))  # type: ignore[call-overload]
        else:
            m["viewed"] = True
    return {
        drill: DrillProgress(
            drill=drill,
            status="passed" if m["passes"] else "attempted" if m["attempts"] else "untouched",
            attempts=m["attempts"],  # type: ignore[arg-type]
            passes=m["passes"],  # type: ignore[arg-type]
            hints_used=m["hints"],  # type: ignore[arg-type]
            solution_viewed=m["viewed"],  # type: ignore[arg-type]
            last_status=m["last"],  # type: ignore[arg-type]
            last_at=None,
        )
        for drill, m in sorted(model.items())
    }


@settings(max_examples=60, deadline=None)
@given(events=st.lists(EVENTS, max_size=25))
def test_the_summary_agrees_with_a_simple_in_memory_model(
    events: list[tuple[str, str, object]],
) -> None:
    with tempfile.TemporaryDirectory() as tmp, Progress(Path(tmp) / "p.db") as p:
        for kind, drill, value in events:
            if kind == "attempt":
                p.record_attempt(drill, value)  # type: ignore[arg-type]
            elif kind == "hint":
                p.record_hint(drill, value)  # type: ignore[arg-type]
            else:
                p.record_solution_view(drill, value)  # type: ignore[arg-type]
        summary = p.summary()
        assert all(d.last_at is not None for d in summary.values())
        without_time = {k: dataclasses.replace(d, last_at=None) for k, d in summary.items()}
        expected = model_summary(events)
        assert without_time == expected
        for drill in DRILLS:
            assert p.drill(drill) == summary.get(drill, p.drill(drill))
            assert dataclasses.replace(p.drill(drill), last_at=None) == expected.get(
                drill, DrillProgress(drill, "untouched", 0, 0, 0, False, None, None)
            )
            assert p.has_passed(drill) == (drill in expected and expected[drill].passes > 0)
            assert p.hints_used(drill) == (expected[drill].hints_used if drill in expected else 0)
