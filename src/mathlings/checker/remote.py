"""The judge's handle on the learner's process: start it, ask it things, read its answers strictly.

`LearnerProcess` starts a child through the runner (runner.py), sends requests over its socket and
waits for the reply while it reads the child's printed output (kept bounded), watches its memory,
and keeps a wall-clock backstop. `RemoteLearner` gives checks the same interface as a trusted
`Learner` (value, function, call), so a check never knows that the learner runs elsewhere.

The learner's time is the CPU time its calls use, measured in its process, within a budget per
check; the judge's own work (search, shrinking, oracles, naming a mistake) is not counted.
"""

from __future__ import annotations

import builtins
import contextlib
import json
import os
import pickle
import secrets
import select
import signal
import socket
import sys
import time
from collections.abc import Callable
from typing import Any

from mathlings.checker.learner import (
    CallTimeout,
    ChangedInput,
    LearnerRaised,
    Missing,
    parse_signature,
    same,
)
from mathlings.checker.procstate import resume_if_stopped
from mathlings.checker.rules import RuleBroken, Violation
from mathlings.checker.values import visible
from mathlings.checker.wire import MAX_FRAME, FrameReader, WireError, decode, send_frame

OUTPUT_KEEP = 2000  # characters kept from each end of what the learner's code printed
START_TIMEOUT = 120.0  # seconds for the runner to fork a child (it may be importing torch)
WALL_FACTOR = 5.0  # the wall-clock backstop: this many times the CPU budget, plus a margin
WALL_MARGIN = 5.0
STATUSES = {"ok", "raised", "timeout", "rule", "missing", "absent", "broken", "toobig"}
GARBLED = (
    "Your code wrote into the channel mathlings reads its answers from (a file descriptor it did "
    "not open), so no answer could be read."
)
TRUSTED_ERROR_MODULES = ("builtins", "numpy.linalg", "numpy.exceptions", "numpy")


class LearnerGone(BaseException):
    """The learner's process ended or misbehaved: no further question can be asked of it."""

    def __init__(self, message: str, status: str = "error") -> None:
        super().__init__(message)
        self.message = message
        self.status = status


class Output:
    """What the learner's code printed: the first and last OUTPUT_KEEP characters, and a count."""

    def __init__(self) -> None:
        self.head = bytearray()
        self.tail = bytearray()
        self.total = 0
        self.limit = OUTPUT_KEEP * 4  # bytes; UTF-8 takes up to 4 a character

    def add(self, data: bytes) -> None:
        self.total += len(data)
        room = self.limit - len(self.head)
        if room > 0:
            self.head += data[:room]
            data = data[room:]
        if data:
            self.tail += data
            del self.tail[: max(0, len(self.tail) - self.limit)]

    def text(self) -> str:
        whole = self.total == len(self.head) + len(self.tail)
        head = self.head.decode(errors="replace")
        tail = self.tail.decode(errors="replace")
        if whole and len(head) + len(tail) <= 2 * OUTPUT_KEEP:
            return visible(head + tail)
        if whole:
            head, tail = (head + tail)[:OUTPUT_KEEP], (head + tail)[-OUTPUT_KEEP:]
        else:
            head, tail = head[:OUTPUT_KEEP], tail[-OUTPUT_KEEP:]
        omitted = self.total - len(head.encode()) - len(tail.encode())
        return visible(f"{head}\n… (about {omitted} characters cut) …\n{tail}")


def resident_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return 0.0


def describe_exit(status: int | None) -> str:
    if status is None:
        return (
            "The process running your code was stopped from outside before the check finished "
            "(your code may have signalled mathlings' own processes)."
        )
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        if sig == signal.SIGXCPU:
            return (
                "Your code used up the CPU time this check allows: look for a loop that never ends."
            )
        try:
            name = signal.Signals(sig).name
        except ValueError:
            name = f"signal {sig}"
        hint = " (very deep recursion can cause this)" if sig == signal.SIGSEGV else ""
        return f"The process running your code crashed ({name}){hint} before the check finished."
    code = os.WEXITSTATUS(status)
    return (
        f"Your code ended the process (exit code {code}, as os._exit does) before the check "
        "finished; remove the call that exits."
    )


def memory_message(memory_mb: int) -> str:
    return (
        f"Your code used more than {memory_mb} MB of memory, the limit for a check: look for an "
        "array or list that grows without bound."
    )


class LearnerProcess:
    """One learner child, forked by the runner for one check, and the channel to it."""

    def __init__(self, control: socket.socket, job: dict[str, Any]) -> None:
        self.control = control
        self.memory_mb: int = job["memory_mb"]
        self.token = secrets.token_hex(8)
        self.sock, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        self.out_read, out_write = os.pipe()
        life_read, self.lifeline = os.pipe()
        request = {"job": {**job, "token": self.token}}
        try:
            socket.send_fds(
                control,
                [json.dumps(request).encode()],
                [
                    theirs.fileno(),
                    out_write,
                    life_read,
                ],
            )
        finally:
            theirs.close()
            os.close(out_write)
            os.close(life_read)
        started = self._control_message("pid", START_TIMEOUT)
        if started is None or type(started.get("pid")) is not int:
            self._close_fds()
            raise LearnerGone("mathlings could not start a process to run your code.")
        self.pid: int = started["pid"]
        self.baseline = resident_mb(self.pid)
        self.output = Output()
        self.reader = FrameReader()
        self.exit_status: int | None = None
        self.closed = False

    def _control_message(self, key: str, timeout: float) -> dict[str, Any] | None:
        """The runner's message about this child (stale ones, for other children, are skipped)."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            ready, _, _ = select.select([self.control], [], [], left)
            if not ready:
                return None
            data = self.control.recv(1 << 16)
            with contextlib.suppress(ValueError):
                message = json.loads(data)
                if (
                    isinstance(message, dict)
                    and message.get("token") == self.token
                    and key in message
                ):
                    return message
        return None

    def request(self, op: str, wall: float, **fields: Any) -> dict[str, Any]:
        """Send one request and wait for its reply, a dict checked for shape; raise LearnerGone
        when the child ends, runs out of memory or outlives the wall clock."""
        token = secrets.token_hex(8)
        try:
            send_frame(self.sock.fileno(), pickle.dumps({"op": op, "token": token, **fields}))
        except OSError:
            self._gone()
        deadline = time.monotonic() + wall
        while True:
            frame = self.reader.frame()
            if frame is not None:
                reply = self._parse(frame)
                if reply.get("token") == token:
                    return reply
                continue
            ready, _, _ = select.select([self.sock, self.out_read], [], [], 0.02)
            if not ready:
                resume_if_stopped(self.pid)  # stopped by its own code: let the clock run
            if self.out_read in ready:
                self.output.add(os.read(self.out_read, 1 << 16))
            if self.sock in ready:
                try:
                    data = self.sock.recv(1 << 20)
                except OSError:
                    data = b""
                if not data:
                    self._gone()
                try:
                    self.reader.feed(data)
                except WireError:
                    self.kill()
                    raise LearnerGone(GARBLED) from None
            if resident_mb(self.pid) - self.baseline > self.memory_mb:
                self.kill()
                raise LearnerGone(memory_message(self.memory_mb))
            if time.monotonic() > deadline:
                self.kill()
                raise CallTimeout(wall=wall)

    def _parse(self, frame: bytes) -> dict[str, Any]:
        try:
            reply = json.loads(frame)
        except ValueError:
            reply = None
        if not isinstance(reply, dict) or reply.get("status") not in STATUSES:
            self.kill()
            raise LearnerGone(GARBLED)
        if reply["status"] == "toobig":
            self.kill()
            size = reply.get("size")
            mb = f"{size / 2**20:.0f} MB" if isinstance(size, int) else "too large"
            raise LearnerGone(
                f"Your answer was {mb} as data, over the limit of {MAX_FRAME // 2**20} MB "
                "for one answer."
            )
        return reply

    def _gone(self) -> None:
        with contextlib.suppress(OSError):
            self.output.add(_drain(self.out_read, 0.2))
        message = self._control_message("exit", 3.0)
        status = message.get("exit") if message else None
        self.exit_status = status if type(status) is int else None
        raise LearnerGone(describe_exit(self.exit_status))

    def kill(self) -> None:
        with contextlib.suppress(OSError):
            os.killpg(self.pid, signal.SIGKILL)
        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGKILL)

    def close(self) -> str:
        """End the child (politely, then not) and return what it printed."""
        if not self.closed:
            self.closed = True
            with contextlib.suppress(OSError):
                send_frame(self.sock.fileno(), pickle.dumps({"op": "bye", "token": ""}))
            with contextlib.suppress(OSError):
                self.output.add(_drain(self.out_read, 0.5))
            self.kill()
            with contextlib.suppress(OSError):
                self.output.add(_drain(self.out_read, 0.1))
            self._close_fds()
        return self.output.text()

    def _close_fds(self) -> None:
        self.sock.close()
        for fd in (self.out_read, self.lifeline):
            with contextlib.suppress(OSError):
                os.close(fd)


def _drain(fd: int, seconds: float) -> bytes:
    chunks: list[bytes] = []
    deadline = time.monotonic() + seconds
    size = 0
    while (left := deadline - time.monotonic()) > 0 and size < 1 << 26:
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            break
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def trusted_error(mro: Any, message: str) -> BaseException:
    """An exception of the nearest trusted class in what the learner raised, made here."""
    for name in mro if isinstance(mro, list) else []:
        if not isinstance(name, str):
            continue
        module, _, qualname = name.rpartition(".")
        if module not in TRUSTED_ERROR_MODULES:
            continue
        owner = builtins if module == "builtins" else sys.modules.get(module)
        cls = getattr(owner, qualname, None)
        if isinstance(cls, type) and issubclass(cls, BaseException):
            try:
                return cls(message)
            except Exception:
                continue
    return Exception(message)


def _args_payload(args: tuple) -> bytes:
    """The arguments, pickled; a callable a check hands over (a gradient) travels by value, so
    the learner's process never imports the check module it came from."""
    if not any(callable(a) for a in args):
        return pickle.dumps(args)
    import cloudpickle

    for value in args:
        module = sys.modules.get(getattr(value, "__module__", "") or "")
        if callable(value) and module is not None and module.__name__.startswith("mathlings_drill"):
            with contextlib.suppress(ValueError):
                cloudpickle.register_pickle_by_value(module)
    return cloudpickle.dumps(args)


class _RemoteNamespace:
    """`learner.namespace.get(name)` for checks that read a value that may be absent."""

    def __init__(self, learner: RemoteLearner) -> None:
        self.learner = learner

    def get(self, name: str, default: Any = None) -> Any:
        try:
            return self.learner.value(name)
        except Missing:
            return default

    def __contains__(self, name: str) -> bool:
        return self.get(name, _ABSENT) is not _ABSENT


_ABSENT = object()


class RemoteLearner:
    """The learner's code, in its own process, behind the interface checks already use."""

    def __init__(self, process: LearnerProcess, cpu_per_check: float) -> None:
        self.process = process
        self.cpu_per_check = cpu_per_check
        self.used = 0.0
        self.files: frozenset[str] = frozenset()
        self.known: set[str] = set()
        self.namespace = _RemoteNamespace(self)

    def start_step(self) -> None:
        self.used = 0.0

    def _cpu(self, reply: dict[str, Any]) -> None:
        cpu = reply.get("cpu")
        if isinstance(cpu, (int, float)):
            self.used += float(cpu)

    def value(self, name: str) -> Any:
        reply = self.process.request("value", 10.0, name=name)
        if reply["status"] == "absent":
            raise Missing(f"Your file does not define {name}; add `{name} = ...` at the top level.")
        return self._decoded(reply.get("result"))

    def function(self, signature: str) -> Callable[..., Any]:
        if signature not in self.known:
            reply = self.process.request("function", 10.0, signature=signature)
            if reply["status"] == "missing":
                raise Missing(str(reply.get("text", "")))
            self.known.add(signature)
        return lambda *args: self.call(signature, *args)

    def call(self, signature: str, *args: Any) -> Any:
        """Call the learner's function on args; raise LearnerRaised, ChangedInput, ..."""
        self.function(signature)
        remaining = self.cpu_per_check - self.used
        if remaining <= 0:
            raise CallTimeout(self.cpu_per_check)
        reply = self.process.request(
            "call",
            remaining * WALL_FACTOR + WALL_MARGIN,
            signature=signature,
            args=_args_payload(args),
            cpu=remaining,
        )
        self._cpu(reply)
        status = reply["status"]
        if status == "timeout":
            raise CallTimeout(self.cpu_per_check)
        if status == "rule":
            line = reply.get("line")
            raise RuleBroken(
                Violation(
                    line if type(line) is int else 0, str(reply.get("what")), str(reply.get("rule"))
                )
            )
        if status == "raised" and "builtins.MemoryError" in (reply.get("mro") or ()):
            # the address-space limit hit before the memory watch saw it: the same verdict
            self.process.kill()
            raise LearnerGone(memory_message(self.process.memory_mb))
        if status == "raised":
            text = visible(str(reply.get("text", "")))
            message = text.partition(": ")[2] if ": " in text else text
            raise LearnerRaised(
                trusted_error(reply.get("mro"), message),
                text=text,
                trace=visible(str(reply.get("trace", text))),
            )
        if status != "ok":
            raise LearnerGone("The process running your code could not make the call.")
        result = self._decoded(reply.get("result"))
        after = reply.get("after")
        if not isinstance(after, list) or len(after) != len(args):
            raise LearnerGone("The process running your code sent a reply mathlings cannot read.")
        name, params = parse_signature(signature)
        for position, (before, node) in enumerate(zip(args, after, strict=True)):
            if callable(before):
                continue
            if not same(before, self._decoded(node)):
                shown = params[position] if position < len(params) else f"#{position + 1}"
                raise ChangedInput(name, shown)
        return result

    def _decoded(self, node: Any) -> Any:
        try:
            return decode(node)
        except WireError as error:
            raise LearnerGone(f"Your code sent back {error}.") from None
