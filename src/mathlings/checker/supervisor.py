"""The supervisor: keeps the judge warm, forks one judge per check, and keeps the runner going.

Run as `python -m mathlings.checker.supervisor` by `Sandbox` (sandbox.py). It reads one JSON request
per line and answers one JSON line. It holds NumPy, Hypothesis, torch when asked, and each drill's
checks with their prepared inputs and oracle answers; for each check it forks a judge child
(engine.py) that writes the verdict to a pipe. The learner's code runs in neither: it runs in
children of the runner (runner.py), a clean process this supervisor starts and restarts.

A judge that outlives a generous wall clock is killed (it is our code, so that is a bug, not the
learner's); when the client goes away (Ctrl-C), the judge is killed, and with it the learner.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import select
import signal
import socket
import subprocess
import sys
import time
import traceback
from importlib.util import decode_source
from pathlib import Path
from typing import Any

from mathlings.checker.procstate import (
    PR_SET_DUMPABLE,
    PR_SET_PDEATHSIG,
    prctl,
    resume_if_stopped,
)
from mathlings.checker.verdict import Verdict

MARKER = b"\n--mathlings-verdict-complete--\n"
DEFAULT_MEMORY_MB = 1024
JUDGE_MARGIN = 120.0  # seconds a judge may take beyond its learner's CPU budgets


def _warm(modules: list[str]) -> None:
    for name in modules:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)


class Runner:
    """The clean process that forks learner children, and the control socket to it."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[bytes] | None = None
        self.control: socket.socket | None = None
        self.warmed: list[str] = []

    def ensure(self) -> socket.socket:
        if self.process is None or self.process.poll() is not None or self.control is None:
            if self.control is not None:
                self.control.close()
            ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
            self.process = subprocess.Popen(
                [sys.executable, "-m", "mathlings.checker.runner", str(theirs.fileno())],
                pass_fds=[theirs.fileno()],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
            )
            theirs.close()
            self.control = ours
            if self.warmed:
                self.warm(self.warmed)
        return self.control

    def warm(self, modules: list[str]) -> None:
        self.warmed = sorted(set(self.warmed) | set(modules))
        with contextlib.suppress(OSError):
            self.ensure().send(json.dumps({"warm": modules}).encode())


RUNNER = Runner()


def _read_source(job: dict[str, Any]) -> tuple[str | None, str | None]:
    """The learner's source as Python decodes it (BOM, coding line), or why it cannot be read."""
    if not job.get("file"):
        return job.get("source"), None
    try:
        raw = Path(job["file"]).read_bytes()
    except OSError as error:
        return None, f"mathlings could not read your file ({error.strerror})."
    try:
        return decode_source(raw), None
    except (UnicodeDecodeError, SyntaxError, LookupError) as error:
        return None, (
            "Your file is not valid Python text: it is not UTF-8 and declares no other encoding "
            f"({type(error).__name__}: {error}). Save it as UTF-8."
        )


def _judge(job: dict[str, Any], control: socket.socket) -> dict[str, Any]:
    """In the judge child: the verdict as a dict; a failure of our own machinery says so."""
    import base64

    from mathlings.checker import engine

    try:
        source, unreadable = _read_source(job)
        if unreadable:
            return _make(job, "error", unreadable)
        namespace = base64.b64decode(job["namespace"]) if job.get("namespace") else None
        verdict = engine.run(
            engine.Job(
                job["drill"],
                Path(job["path"]),
                job["timeout"],
                source=source,
                filename=job.get("file") or "<notebook>",
                namespace=namespace,
                memory_mb=job["memory_mb"],
            ),
            control,
        )
        return verdict.to_dict()
    except Exception as error:
        made = _make(
            job,
            "error",
            f"The checker could not run this check ({type(error).__name__}: {error}). This is a "
            "bug in mathlings, not in your code: please report it with the trace below.",
        )
        made["traceback"] = traceback.format_exc()
        return made


def _judge_child(job: dict[str, Any], result_fd: int, control: socket.socket) -> None:
    code = 0
    try:
        prctl(PR_SET_PDEATHSIG, signal.SIGKILL)  # a judge never outlives its supervisor
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        payload = json.dumps(_judge(job, control), default=repr).encode()
        view = memoryview(payload + MARKER)
        while view:
            view = view[os.write(result_fd, view) :]
    except BaseException:
        code = 70
    finally:
        os._exit(code)


class Client:
    """The client's requests on stdin, read without a buffer we cannot see into, so a job can
    also notice that the client has gone."""

    def __init__(self) -> None:
        self.buffer = b""
        self.closed = False

    def read_more(self) -> None:
        chunk = os.read(0, 1 << 16)
        if chunk:
            self.buffer += chunk
        else:
            self.closed = True

    def line(self) -> bytes | None:
        while b"\n" not in self.buffer:
            if self.closed:
                return None
            self.read_more()
        line, _, self.buffer = self.buffer.partition(b"\n")
        return line


def supervise(job: dict[str, Any], client: Client) -> dict[str, Any]:
    """Fork a judge for the job and return its verdict as a dict."""
    job.setdefault("memory_mb", DEFAULT_MEMORY_MB)
    control = RUNNER.ensure()
    read_fd, write_fd = os.pipe()
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        _judge_child(job, write_fd, control)
    os.close(write_fd)
    data = bytearray()
    verdict: dict[str, Any] | None = None
    deadline = started + JUDGE_MARGIN + 10 * job["timeout"]
    while True:
        watched = [read_fd] if client.closed else [read_fd, 0]
        ready, _, _ = select.select(watched, [], [], 0.05)
        if not ready:  # learner code may have stopped the judge or the runner: go on
            resume_if_stopped(pid)
            resume_if_stopped(RUNNER.process.pid if RUNNER.process else None)
        if read_fd in ready:
            chunk = os.read(read_fd, 1 << 16)
            data += chunk
            if not chunk:
                break
        if 0 in ready:
            client.read_more()
            if client.closed:  # Ctrl-C in the client: stop the judge, and so the learner
                verdict = _make(job, "error", "The check was stopped.")
                break
        if time.monotonic() > deadline:
            verdict = _make(
                job,
                "error",
                "The checker took too long over this check; this is a bug in "
                "mathlings, not in your code: please report it.",
            )
            break
    with contextlib.suppress(OSError):
        os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    os.close(read_fd)
    if verdict is None:
        if data.endswith(MARKER):
            verdict = json.loads(bytes(data[: -len(MARKER)]))
        else:
            verdict = _make(
                job,
                "error",
                f"The checker's judge process ended unexpectedly (status {status}); "
                "this is a bug in mathlings, not in your code: please report it.",
            )
    if verdict.get("duration_ms") is None:
        verdict["duration_ms"] = round((time.monotonic() - started) * 1000, 1)
    return verdict


def _make(job: dict[str, Any], status: str, message: str) -> dict[str, Any]:
    return Verdict(drill=job["drill"], status=status, message=message).to_dict()  # type: ignore[arg-type]


def _prepare(job: dict[str, Any]) -> None:
    """Make the drill's inputs and oracle answers here, before forking, so later checks of the
    same drill skip that work. A drill whose preparation fails is simply checked unprepared."""
    from mathlings.checker import engine

    with contextlib.suppress(Exception):
        engine.prepare(Path(job["path"]))


def serve() -> None:
    """The supervisor's loop: one JSON request per line in, one JSON reply per line out."""
    # Ctrl-C in the learner's terminal is for the client, which closes our stdin to stop us.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Not dumpable: the judges forked from here hold the oracle's answers, and a process of the
    # same user may then neither ptrace them nor read their /proc/<pid>/mem.
    prctl(PR_SET_DUMPABLE, 0)
    # A supervisor whose client is gone has no one to answer: it ends with its client even when
    # its stdin stays open (a pipe end inherited elsewhere), instead of idling or computing on.
    parent = os.getppid()
    prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:
        return
    protocol = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)  # stray prints must not corrupt the protocol
    RUNNER.ensure()
    _warm(["numpy", "hypothesis", "mathlings.checker.engine", "mathlings.checker.strategies"])
    client = Client()
    while (line := client.line()) is not None:
        request = json.loads(line)
        if "warm" in request:
            _warm(request["warm"])
            RUNNER.warm(request["warm"])
            reply: dict[str, Any] = {"warmed": request["warm"]}
        else:
            _warm(request["job"].get("needs", []))  # the oracle's imports, here in the judge
            _prepare(request["job"])
            reply = {"verdict": supervise(request["job"], client)}
        reply["id"] = request.get("id")
        with contextlib.suppress(OSError):
            protocol.write(json.dumps(reply) + "\n")


if __name__ == "__main__":
    serve()
