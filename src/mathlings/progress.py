"""The learner's progress: every attempt, hint and solution view, kept in one SQLite file.

The store is append-only. Each ``record_*`` call inserts one row and commits it before it
returns, so a ``kill -9`` at any moment loses nothing that was already recorded, and two
processes (the ``watch`` loop and a ``check`` in another terminal) can write at the same time
without losing an update. Everything a caller sees is derived from those rows on read.

Durability choices, made deliberately:

* ``journal_mode=WAL``: readers never block the writer and a commit is one append to the log.
* ``synchronous=FULL``: every commit is fsynced. A process kill would lose nothing even with
  NORMAL (a committed WAL frame is already in the OS page cache), but FULL also survives an
  OS crash, and at one record per check the fsync costs the learner nothing noticeable.
* ``busy_timeout`` of 10 s: a writer that finds the database locked waits instead of failing.
* ``isolation_level=None`` (autocommit): a single INSERT is its own transaction and is
  committed when ``execute`` returns. No implicit transaction is ever left open holding a lock;
  multi-statement work uses an explicit ``BEGIN``/``COMMIT``.

The ``meta`` table stores the schema version so later releases can migrate old files; a file
written by a newer release is refused rather than misread.

A damaged or unwritable file never breaks a command:

* Damage is noticed when SQLite reports it ("not a database", "malformed"), on opening or on
  any later statement, or when the path is a directory. Checking every page up front would read
  the whole file on each open; SQLite already names the damage when a damaged page is touched.
  The file (with its -wal and -shm) is then moved aside to ``progress.sqlite.damaged-<time>``,
  never deleted, a fresh store is started with every row SQLite can still read, one sentence
  on stderr says so, and the command goes on. An empty file is not damage: SQLite reads it as
  an empty database, and it is what another process creating the store leaves for a moment.
* A store that cannot be written (a read-only file or folder, a ``.mathlings`` that cannot be
  made, a full disk) is read into memory as far as it can be read; reads work, and recording
  is skipped with one warning per process.
"""

from __future__ import annotations

import contextlib
import math
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from os import PathLike
from pathlib import Path
from types import TracebackType
from typing import Literal, Self, TypeVar

__all__ = [
    "ATTEMPT_STATUSES",
    "SCHEMA_VERSION",
    "DrillProgress",
    "NewerStore",
    "Progress",
    "Status",
]


class NewerStore(ValueError):
    """The progress file was written by a newer release: refused, never misread or changed."""


Status = Literal["passed", "attempted", "untouched"]

ATTEMPT_STATUSES: frozenset[str] = frozenset({"pass", "fail", "error", "timeout", "rule"})
SCHEMA_VERSION = 1
BUSY_TIMEOUT_S = 10.0

# The tables of the learner's records and their columns: what recovery copies, table by table.
_RECORDS: dict[str, tuple[str, ...]] = {
    "attempt": ("id", "drill", "at", "status", "duration_ms"),
    "hint": ("id", "drill", "at", "level"),
    "solution_view": ("id", "drill", "at", "forced"),
}

T = TypeVar("T")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS attempt (
    id          INTEGER PRIMARY KEY,
    drill       TEXT NOT NULL,
    at          TEXT NOT NULL,
    status      TEXT NOT NULL,
    duration_ms REAL
);
CREATE TABLE IF NOT EXISTS hint (
    id    INTEGER PRIMARY KEY,
    drill TEXT NOT NULL,
    at    TEXT NOT NULL,
    level INTEGER NOT NULL CHECK (level >= 1)
);
CREATE TABLE IF NOT EXISTS solution_view (
    id     INTEGER PRIMARY KEY,
    drill  TEXT NOT NULL,
    at     TEXT NOT NULL,
    forced INTEGER NOT NULL CHECK (forced IN (0, 1))
);
CREATE INDEX IF NOT EXISTS attempt_drill ON attempt (drill, id);
CREATE INDEX IF NOT EXISTS hint_drill ON hint (drill);
CREATE INDEX IF NOT EXISTS solution_view_drill ON solution_view (drill);
"""

# One row per drill with any event. Latest attempt = highest id (insertion order), which stays
# right even if the wall clock steps backwards; timestamps have a fixed width, so MAX sorts them.
_SUMMARY = """
WITH drills AS (
    SELECT drill FROM attempt UNION SELECT drill FROM hint UNION SELECT drill FROM solution_view
),
a AS (
    SELECT drill, COUNT(*) AS attempts, SUM(status = 'pass') AS passes,
           MAX(id) AS last_id, MAX(at) AS last_at
    FROM attempt GROUP BY drill
),
h AS (SELECT drill, MAX(level) AS level, MAX(at) AS last_at FROM hint GROUP BY drill),
s AS (SELECT drill, COUNT(*) AS views, MAX(at) AS last_at FROM solution_view GROUP BY drill)
SELECT d.drill,
       COALESCE(a.attempts, 0), COALESCE(a.passes, 0), COALESCE(h.level, 0),
       COALESCE(s.views, 0) > 0,
       (SELECT status FROM attempt WHERE id = a.last_id),
       MAX(COALESCE(a.last_at, ''), COALESCE(h.last_at, ''), COALESCE(s.last_at, ''))
FROM drills AS d
LEFT JOIN a ON a.drill = d.drill
LEFT JOIN h ON h.drill = d.drill
LEFT JOIN s ON s.drill = d.drill
"""


@dataclass(frozen=True)
class DrillProgress:
    """What the learner has done on one drill, derived from the recorded events."""

    drill: str
    status: Status  # passed if any attempt passed; attempted if any attempt; else untouched
    attempts: int
    passes: int
    hints_used: int  # highest hint level shown (levels are 1, 2, 3), 0 if none
    solution_viewed: bool
    last_status: str | None  # status of the latest attempt: pass | fail | error | timeout | rule
    last_at: str | None  # ISO-8601 UTC timestamp of the latest event of any kind


def _now() -> str:
    """The current time as ISO-8601 UTC with fixed width, e.g. 2025-01-31T12:00:00.000000+00:00."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _check_drill(drill: object) -> str:
    if not isinstance(drill, str) or not drill.strip():
        raise ValueError(f"A drill name must be a non-empty string, got {drill!r}.")
    return drill


class Progress:
    """The progress database of one workspace. Open it, record events, read summaries, close."""

    def __init__(self, path: Path | str | PathLike[str]) -> None:
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None
        self._not_recording = ""  # why records are skipped; empty while they are kept
        self._opened: tuple[int, int] | None = None  # (device, inode) of the file opened
        self._open_or_recover()

    def _open_or_recover(self) -> None:
        try:
            self._open()
        except (sqlite3.DatabaseError, OSError) as exc:
            self.close()
            if _is_damage(exc) or self.path.is_dir():
                self._recover()
            else:
                self._open_read_only(_reason(exc))

    def _open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._opened = _file_id(self.path)
        # `timeout` installs SQLite's busy handler, so it must be in place before any statement.
        self._conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        try:
            self._setup()
        except BaseException:
            self.close()
            raise

    def _setup(self) -> None:
        conn = self._connection()
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        self._enable_wal()
        conn.execute("PRAGMA synchronous = FULL")
        # IMMEDIATE takes the write lock up front, so two processes creating the same fresh file
        # serialise here instead of failing with "database is locked" on a lock upgrade.
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    conn.execute(statement)
            if self._schema_version(conn) is None:
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES ('schema_version', ?)",
                    (str(SCHEMA_VERSION),),
                )
            # Older versions would be migrated here, inside this same transaction.
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def _enable_wal(self) -> None:
        """Switch the file to WAL, tolerating other processes opening the same fresh file.

        WAL is a persistent property of the file, so usually it is already set and the query
        takes no lock. Converting needs exclusive access, and SQLite does *not* run the busy
        handler for that, so two processes creating the file at once would see "database is
        locked" straight away; we retry with backoff within the busy timeout instead. If the
        filesystem cannot do WAL, SQLite keeps the rollback journal, which with
        synchronous=FULL is just as safe, only slower.
        """
        conn = self._connection()
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        delay = 0.001
        while True:
            try:
                (mode,) = conn.execute("PRAGMA journal_mode").fetchone()
                if str(mode).lower() != "wal":
                    conn.execute("PRAGMA journal_mode = WAL").fetchone()
                return
            except sqlite3.OperationalError as exc:
                code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
                busy = code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
                if not busy or time.monotonic() + delay > deadline:
                    raise
            time.sleep(delay)
            delay = min(delay * 2, 0.05)

    def _schema_version(self, conn: sqlite3.Connection) -> int | None:
        """The schema version of the file (None if unset); a newer one than ours is refused."""
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is not None and int(row[0]) > SCHEMA_VERSION:
            raise NewerStore(
                f"{self.path} was written by a newer mathlings (schema version {row[0]}, "
                f"this one knows up to {SCHEMA_VERSION}). Upgrade mathlings to open it."
            )
        return None if row is None else int(row[0])

    def _open_read_only(self, why: str) -> None:
        """The file cannot be written: read what it holds into memory and record nothing."""
        self._open_in_memory(why)
        with contextlib.closing(_open_to_read(self.path)) as source:
            with contextlib.suppress(sqlite3.Error):  # no readable meta table: nothing to refuse
                self._schema_version(source)
            self._copy_readable_rows(source)

    def _open_in_memory(self, why: str) -> None:
        self._not_recording = why
        self._conn = sqlite3.connect(":memory:", isolation_level=None)
        self._conn.executescript(_SCHEMA)

    def _recover(self) -> None:
        """Move the damaged file aside, start a fresh store, copy in every row still readable."""
        self.close()
        if _file_id(self.path) != self._opened:
            # Another process (a `watch` beside this `check`) has recovered it meanwhile.
            self._open_or_recover()
            return
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        damaged = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        try:
            os.replace(self.path, damaged)
            for suffix in ("-wal", "-shm"):  # under the matching names, so SQLite reads its WAL
                with contextlib.suppress(FileNotFoundError):
                    os.replace(f"{self.path}{suffix}", f"{damaged}{suffix}")
        except OSError as exc:
            _warn_once(
                f"Your progress file {self.path} is damaged and cannot be moved aside "
                f"({_reason(exc)}), so this run shows what can be read of it and records nothing."
            )
            self._open_read_only(_reason(exc))
            return
        try:
            self._open()
        except (sqlite3.DatabaseError, OSError) as exc:
            self.close()
            self._open_in_memory(_reason(exc))
        with contextlib.closing(_open_to_read(damaged)) as source:
            copied = self._copy_readable_rows(source)
        fresh = (
            f"its {copied} readable records were copied into a fresh one"
            if copied
            else "a fresh one was started (nothing in it could be read)"
        )
        _say(f"Your progress file was damaged, so it was moved to {damaged} and {fresh}.")

    def _copy_readable_rows(self, source: sqlite3.Connection) -> int:
        """Copy every row of `source` that SQLite can read into this store; how many were."""
        conn = self._connection()
        copied = 0
        conn.execute("BEGIN IMMEDIATE")
        try:
            for table, columns in _RECORDS.items():
                insert = (
                    f"INSERT INTO {table} ({', '.join(columns)}) "
                    f"VALUES ({', '.join('?' * len(columns))})"
                )
                for row in _readable_rows(source, table, columns):
                    try:
                        conn.execute(insert, row)
                        copied += 1
                    except sqlite3.Error:
                        pass  # a row whose values are themselves garbage
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return copied

    def _run(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Run `work` on the connection; if it finds the file damaged, recover and run it again."""
        try:
            return work(self._connection())
        except sqlite3.DatabaseError as exc:
            if not _is_damage(exc):
                raise
        self._recover()
        return work(self._connection())

    def _write(self, sql: str, params: tuple[object, ...]) -> None:
        """One INSERT, committed; skipped with one warning per process if it cannot be written."""
        if not self._not_recording:
            try:
                self._run(lambda conn: conn.execute(sql, params))
            except sqlite3.OperationalError as exc:  # read-only, disk full, locked past timeout
                self._not_recording = _reason(exc)
        if self._not_recording:
            _warn_once(
                f"Your progress cannot be recorded in {self.path} ({self._not_recording}), "
                "so this run goes on without recording it."
            )

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise ValueError(f"The progress database {self.path} is closed.")
        return self._conn

    # -- recording: each call is one INSERT, committed (autocommit) before it returns --------

    def record_attempt(self, drill: str, status: str, duration_ms: float | None = None) -> None:
        """Record one check of `drill` that ended with `status` (pass/fail/error/timeout/rule)."""
        _check_drill(drill)
        if status not in ATTEMPT_STATUSES:
            raise ValueError(
                f"Unknown attempt status {status!r}; expected one of "
                f"{', '.join(sorted(ATTEMPT_STATUSES))}."
            )
        if duration_ms is not None:
            if (
                isinstance(duration_ms, bool)
                or not isinstance(duration_ms, int | float)
                or not math.isfinite(duration_ms)
                or duration_ms < 0
            ):
                raise ValueError(
                    f"duration_ms must be a finite number >= 0 or None, got {duration_ms!r}."
                )
            duration_ms = float(duration_ms)
        self._write(
            "INSERT INTO attempt (drill, at, status, duration_ms) VALUES (?, ?, ?, ?)",
            (drill, _now(), status, duration_ms),
        )

    def record_hint(self, drill: str, level: int) -> None:
        """Record that hint `level` (1, 2, 3, ...) of `drill` was shown."""
        _check_drill(drill)
        if isinstance(level, bool) or not isinstance(level, int) or level < 1:
            raise ValueError(f"A hint level is an integer >= 1, got {level!r}.")
        self._write("INSERT INTO hint (drill, at, level) VALUES (?, ?, ?)", (drill, _now(), level))

    def record_solution_view(self, drill: str, forced: bool) -> None:
        """Record that the solution of `drill` was shown; `forced` if the learner insisted."""
        _check_drill(drill)
        if not isinstance(forced, bool):
            raise ValueError(f"forced must be True or False, got {forced!r}.")
        self._write(
            "INSERT INTO solution_view (drill, at, forced) VALUES (?, ?, ?)",
            (drill, _now(), int(forced)),
        )

    # -- reading -------------------------------------------------------------------------------

    def hints_used(self, drill: str) -> int:
        """The highest hint level shown for `drill`, 0 if none."""
        _check_drill(drill)
        (level,) = self._run(
            lambda conn: conn.execute(
                "SELECT COALESCE(MAX(level), 0) FROM hint WHERE drill = ?", (drill,)
            ).fetchone()
        )
        return int(level)

    def has_passed(self, drill: str) -> bool:
        """Whether any attempt at `drill` passed."""
        _check_drill(drill)
        row = self._run(
            lambda conn: conn.execute(
                "SELECT 1 FROM attempt WHERE drill = ? AND status = 'pass' LIMIT 1", (drill,)
            ).fetchone()
        )
        return row is not None

    def drill(self, drill: str) -> DrillProgress:
        """The progress on `drill`; an untouched record if nothing was ever recorded for it."""
        _check_drill(drill)
        found = self._summarise(" WHERE d.drill = ?", (drill,))
        return found.get(drill) or DrillProgress(drill, "untouched", 0, 0, 0, False, None, None)

    def summary(self) -> dict[str, DrillProgress]:
        """The progress on every drill that has at least one recorded event, sorted by name."""
        return self._summarise("", ())

    def _summarise(self, where: str, params: tuple[str, ...]) -> dict[str, DrillProgress]:
        def read(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
            # One read transaction: the aggregates of all three tables come from one snapshot.
            conn.execute("BEGIN")
            try:
                return conn.execute(_SUMMARY + where + " ORDER BY d.drill", params).fetchall()
            finally:
                conn.execute("COMMIT")

        rows = self._run(read)
        result: dict[str, DrillProgress] = {}
        for drill, attempts, passes, level, viewed, last_status, last_at in rows:
            status: Status = "passed" if passes else "attempted" if attempts else "untouched"
            result[drill] = DrillProgress(
                drill=drill,
                status=status,
                attempts=int(attempts),
                passes=int(passes),
                hints_used=int(level),
                solution_viewed=bool(viewed),
                last_status=last_status,
                last_at=last_at or None,
            )
        return result

    # -- lifetime ------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the database. Safe to call twice; every record is already committed."""
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._conn is None else "open"
        return f"Progress({str(self.path)!r}, {state})"


# -- damaged and unwritable files ------------------------------------------------------------

_warned = False  # the one warning a process gives, however often it opens the store


def _say(sentence: str) -> None:
    print(f"mathlings: {sentence}", file=sys.stderr)


def _warn_once(sentence: str) -> None:
    global _warned
    if not _warned:
        _warned = True
        _say(sentence)


def _is_damage(exc: BaseException) -> bool:
    """Whether SQLite says the file itself is broken (not locked, not read-only, not missing)."""
    code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    return code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def _reason(exc: BaseException) -> str:
    """Why a file cannot be opened or written, in a few words for a sentence."""
    if isinstance(exc, OSError):
        return (exc.strerror or str(exc)).lower()  # "permission denied", "read-only file system"
    return str(exc)  # SQLite's own words: "attempt to write a readonly database"


def _file_id(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _open_to_read(path: Path) -> sqlite3.Connection:
    """A read-only connection to `path`, or to an empty database if SQLite cannot read it.

    ``mode=ro`` reads the WAL too but needs the -shm file, which a read-only folder may not let
    it make; ``immutable=1`` then reads the main file alone. ``writable_schema`` only makes SQLite
    read a truncated file as far as it goes instead of refusing it; nothing is written.
    """
    for mode in ("mode=ro", "immutable=1"):
        source = None
        try:
            source = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)
            source.execute("PRAGMA writable_schema = ON")
            source.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            return source
        except sqlite3.Error:
            if source is not None:
                source.close()
    return sqlite3.connect(":memory:")


def _readable_rows(
    source: sqlite3.Connection, table: str, columns: tuple[str, ...]
) -> Iterator[tuple[object, ...]]:
    """Every row of `table` SQLite can still read, in id order, stepping over damaged pages.

    A scan stops at the first damaged page. From there each following id is looked up on its own
    (a lookup reads only the pages on the way to its row) until one is found, and the scan goes
    on after it. The store is append-only, so the ids run 1, 2, 3, ... up to MAX(id).
    """
    select = f"SELECT {', '.join(columns)} FROM {table} WHERE id"
    try:
        (highest,) = source.execute(f"SELECT MAX(id) FROM {table}").fetchone()
    except sqlite3.Error:
        highest = None
    last = 0
    while True:
        try:
            for row in source.execute(f"{select} > ? ORDER BY id", (last,)):
                last = row[0]
                yield row
            return
        except sqlite3.Error:
            pass
        row = None
        while row is None:
            last += 1
            if highest is None or last > highest:
                return
            with contextlib.suppress(sqlite3.Error):
                row = source.execute(f"{select} = ?", (last,)).fetchone()
        yield row
