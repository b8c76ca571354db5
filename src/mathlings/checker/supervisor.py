"""The supervisor: keeps the heavy imports warm and forks one child per check.

Run as `python -m mathlings.checker.supervisor` by `Sandbox` (sandbox.py). It reads one JSON request
per line and answers one JSON line. Each child caps its address space, sends its output to a file,
runs the engine and writes the verdict to a pipe followed by a completion marker; the supervisor
kills the child's process group on the wall clock (a hang in BLAS ignores signals) and watches its
resident memory, so a hang, a memory bomb, `os._exit` or a segfault each become a clear verdict.
"""

from __future__ import annotations

import base64
import contextlib
import importlib
import json
import os
import select
import signal
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

from mathlings.checker.verdict import Verdict

MARKER = b"\n--mathlings-verdict-complete--\n"
DEFAULT_MEMORY_MB = 1024
OUTPUT_KEEP = 2000  # characters kept from each end of what the learner's code printed
GRACE = 1.5  # seconds the child gets past its deadline to report a timeout itself


def _warm(modules: list[str]) -> None:
    for name in modules:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)


def _resident_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return 0.0


def _virtual_bytes() -> int:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return 0


def _cut(text: str) -> str:
    if len(text) <= 2 * OUTPUT_KEEP:
        return text
    omitted = len(text) - 2 * OUTPUT_KEEP
    return f"{text[:OUTPUT_KEEP]}\n… ({omitted} characters cut) …\n{text[-OUTPUT_KEEP:]}"


def _child(job: dict[str, Any], result_fd: int, output_fd: int) -> None:
    """In the forked child: isolate, cap, run the engine, report. Never returns."""
    code = 0
    try:
        os.setpgid(0, 0)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.dup2(output_fd, 1)
        os.dup2(output_fd, 2)
        sys.stdin = open(0, closefd=False)  # noqa: SIM115 - input() in learner code gets EOF
        try:
            import resource

            cap = _virtual_bytes() + job["memory_mb"] * 2**20
            resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        except (ImportError, ValueError, OSError):
            pass
        payload = json.dumps(_run_engine(job), default=repr).encode()
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        view = memoryview(payload + MARKER)
        while view:
            view = view[os.write(result_fd, view) :]
    except BaseException:  # the verdict could not be written: the supervisor reports it
        code = 70
    finally:
        os._exit(code)


def _run_engine(job: dict[str, Any]) -> dict[str, Any]:
    """The verdict as a dict; a failure of our own machinery is reported as such, with its trace."""
    from mathlings.checker import engine

    try:
        namespace = None
        if job.get("namespace"):
            import cloudpickle

            namespace = cloudpickle.loads(base64.b64decode(job["namespace"]))
        verdict = engine.run(
            engine.Job(
                job["drill"],
                Path(job["path"]),
                job["timeout"],
                file=Path(job["file"]) if job.get("file") else None,
                namespace=namespace,
                source=job.get("source"),
            )
        )
        return verdict.to_dict()
    except Exception as error:
        made = _make(
            job,
            "error",
            f"The checker could not run this check ({type(error).__name__}: {error}). If your code "
            "is not the cause, this is a bug in mathlings: please report it with the trace below.",
        )
        made["traceback"] = traceback.format_exc()
        return made


def _describe_exit(status: int) -> str:
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        try:
            name = signal.Signals(sig).name
        except ValueError:
            name = f"signal {sig}"
        return f"The process running your code crashed ({name}) before the check finished."
    code = os.WEXITSTATUS(status)
    return (
        f"Your code ended the process (exit code {code}, as os._exit does) before the check "
        "finished; remove the call that exits."
    )


def supervise(job: dict[str, Any]) -> dict[str, Any]:
    """Fork a child for the job, watch its clock and memory, and return the verdict as a dict."""
    memory_mb = job.setdefault("memory_mb", DEFAULT_MEMORY_MB)
    read_fd, write_fd = os.pipe()
    output = tempfile.TemporaryFile()  # noqa: SIM115 - closed below, after the child is gone
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        _child(job, write_fd, output.fileno())
    os.close(write_fd)
    with contextlib.suppress(OSError):
        os.setpgid(pid, pid)
    baseline = _resident_mb(pid)
    data = bytearray()
    verdict: dict[str, Any] | None = None
    status: int | None = None
    hard_deadline = started + job["timeout"] + GRACE
    while True:
        ready, _, _ = select.select([read_fd], [], [], 0.01)
        if ready:
            chunk = os.read(read_fd, 1 << 16)
            data += chunk
            if not chunk:
                break
        else:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                data += _drain(read_fd)
                break
            status = None
            if time.monotonic() > hard_deadline:
                verdict = _make(job, "timeout", _timeout_message(job))
                break
            if _resident_mb(pid) - baseline > memory_mb:
                verdict = _make(job, "error", _memory_message(memory_mb))
                break
    _kill_group(pid)
    if status is None:
        _, status = os.waitpid(pid, 0)
    os.close(read_fd)
    output.seek(0)
    printed = _cut(output.read().decode(errors="replace"))
    output.close()
    if verdict is None:
        if data.endswith(MARKER):
            verdict = json.loads(bytes(data[: -len(MARKER)]))
        elif os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL:
            verdict = _make(job, "error", _memory_message(memory_mb))
        else:
            verdict = _make(job, "error", _describe_exit(status))
    verdict["output"] = printed
    verdict.setdefault("duration_ms", None)
    if verdict["duration_ms"] is None:
        verdict["duration_ms"] = round((time.monotonic() - started) * 1000, 1)
    return verdict


def _drain(fd: int) -> bytes:
    chunks = []
    while True:
        ready, _, _ = select.select([fd], [], [], 0)
        if not ready:
            break
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


def _kill_group(pid: int) -> None:
    with contextlib.suppress(OSError):
        os.killpg(pid, signal.SIGKILL)
    with contextlib.suppress(OSError):
        os.kill(pid, signal.SIGKILL)


def _timeout_message(job: dict[str, Any]) -> str:
    return (
        f"Your code was still running after {job['timeout']:g} s, the time limit for this drill: "
        "look for a loop that never ends."
    )


def _memory_message(memory_mb: int) -> str:
    return (
        f"Your code used more than {memory_mb} MB of memory, the limit for a check: look for an "
        "array or list that grows without bound."
    )


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
    protocol = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)  # stray prints must not corrupt the protocol
    _warm(["numpy", "hypothesis", "mathlings.checker.engine", "mathlings.checker.strategies"])
    for line in sys.stdin:
        request = json.loads(line)
        if "warm" in request:
            _warm(request["warm"])
            reply: dict[str, Any] = {"warmed": request["warm"]}
        else:
            _warm(request["job"].get("needs", []))
            _prepare(request["job"])
            reply = {"verdict": supervise(request["job"])}
        reply["id"] = request.get("id")
        protocol.write(json.dumps(reply) + "\n")


if __name__ == "__main__":
    serve()
