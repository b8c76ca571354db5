"""The learner's side of the judge: a clean, warm process that forks one child per check.

Started by the supervisor as `python -m mathlings.checker.runner FD`. It imports NumPy (and torch
when a drill needs it) and nothing of the judge: no check module, no oracle, no prepared inputs,
no verdict code, so a forked child has nothing worth stealing. For each check it receives, over
the control socket FD, a learner socket, an output pipe and a lifeline (a pipe whose other end
only the judge holds), forks, and reports the child's pid and later its exit status. When the
lifeline closes (the judge is gone) the child is killed.

The child closes every other descriptor, works in a fresh temporary folder, caps its memory, file
size and CPU time, and then answers requests from
the judge: load the learner's code, look up a name, call a function on arguments. It replies only
with plain data (see wire.py); the judge decides what the answers mean.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import pickle
import select
import shutil
import signal
import socket
import sys
import tempfile
import time
import traceback
import types
from typing import Any

from mathlings.checker.procstate import (
    PR_SET_CHILD_SUBREAPER,
    PR_SET_PDEATHSIG,
    libc,
    prctl,
)
from mathlings.checker.wire import HEADER, MAX_FRAME, encode, send_frame, to_json

FILE_LIMIT = 64 * 2**20  # bytes any one file the learner's code writes may reach


# --- small pieces the judge shares (they carry no secrets) -----------------------------------


def parse_signature(signature: str) -> tuple[str, list[str]]:
    """'matmul(A, B)' -> ('matmul', ['A', 'B'])."""
    name, _, rest = signature.partition("(")
    params = [p.strip() for p in rest.rstrip(")").split(",") if p.strip()]
    return name.strip(), params


def one_line(error: BaseException) -> str:
    if isinstance(error, SystemExit):
        return f"your code called sys.exit({error.code!r})"
    if isinstance(error, KeyboardInterrupt):
        return "your code raised KeyboardInterrupt"
    if isinstance(error, MemoryError):
        return "your code ran out of memory (MemoryError): it asked for more than the memory limit"
    try:
        text = str(error)
    except BaseException:
        text = ""
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def learner_traceback(error: BaseException, files: frozenset[str]) -> str:
    """The traceback cut down to the learner's own frames: our machinery is noise to them."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename in files]
    return ("".join(traceback.format_list(frames)) + one_line(error)).strip()


# --- the child: serve one learner --------------------------------------------------------------


class CpuOut(BaseException):
    """The CPU budget of this call ran out (raised inside the learner's code by SIGPROF)."""


def _on_prof(signum: int, frame: object) -> None:
    raise CpuOut()


class Child:
    """One learner's code, loaded and called on request. Runs only in the forked child."""

    def __init__(self, sock: int) -> None:
        self.sock = sock
        self.namespace: dict[str, Any] = {}
        self.files: frozenset[str] = frozenset()
        self.guards: Any = None
        self.array_types: tuple[type, ...] = ()
        self.buffer = bytearray()

    # frames in (pickles from the trusted judge) and out (plain data only)
    def read(self) -> dict[str, Any] | None:
        while True:
            if len(self.buffer) >= HEADER.size:
                (size,) = HEADER.unpack_from(self.buffer)
                if len(self.buffer) >= HEADER.size + size:
                    payload = bytes(self.buffer[HEADER.size : HEADER.size + size])
                    del self.buffer[: HEADER.size + size]
                    return pickle.loads(payload)
            chunk = os.read(self.sock, 1 << 20)
            if not chunk:
                return None
            self.buffer += chunk

    def reply(self, token: str, **message: Any) -> None:
        message["token"] = token
        payload = to_json(message)
        if len(payload) > MAX_FRAME:  # say so, rather than send what the judge would refuse
            payload = to_json({"token": token, "status": "toobig", "size": len(payload)})
        send_frame(self.sock, payload)

    def serve(self) -> None:
        while True:
            request = self.read()
            if request is None or request["op"] == "bye":
                return
            token = request["token"]
            try:
                answer = getattr(self, "op_" + request["op"])(request)
            except BaseException as error:  # our own failure: say so as data
                answer = {"status": "broken", "text": one_line(error)}
            self.reply(token, **answer)

    def _timed(self, budget: float, run: Any) -> tuple[str, Any, float]:
        """Run learner code under a CPU budget: ("ok", result) or what stopped it, and the CPU
        seconds it used."""
        from mathlings.checker.rules import RuleBroken

        start = time.process_time()
        signal.signal(signal.SIGPROF, _on_prof)
        signal.setitimer(signal.ITIMER_PROF, max(budget, 1e-3), 0.05)
        try:
            outcome: tuple[str, Any] = ("ok", run())
        except CpuOut:
            outcome = ("timeout", None)
        except RuleBroken as broken:
            outcome = ("rule", broken.violation)
        except BaseException as error:  # learner code may raise anything
            outcome = ("raised", error)
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)
        used = time.process_time() - start
        if used > budget and outcome[0] == "ok":
            outcome = ("timeout", None)
        return outcome[0], outcome[1], used

    def _report(self, kind: str, value: Any, used: float) -> dict[str, Any]:
        if kind == "timeout":
            return {"status": "timeout", "cpu": used}
        if kind == "rule":
            return {
                "status": "rule",
                "line": value.line,
                "what": value.what,
                "rule": value.rule,
                "cpu": used,
            }
        if kind == "raised":
            if isinstance(value, CpuOut):
                return {"status": "timeout", "cpu": used}
            return {
                "status": "raised",
                "mro": [f"{c.__module__}.{c.__qualname__}" for c in type(value).__mro__],
                "text": one_line(value),
                "trace": learner_traceback(value, self.files),
                "cpu": used,
            }
        return {"status": "ok", "cpu": used}

    def op_load(self, request: dict[str, Any]) -> dict[str, Any]:
        from mathlings.checker.rules import Guards, Rules

        filename = request["filename"]
        self.files = frozenset({filename, *request.get("code_files", ())})
        self.guards = Guards(Rules.from_plain(request["rules"]), self.files)
        self.guards.install()
        if self.guards.array_type is not None:
            self.array_types = (self.guards.array_type,)

        def load() -> dict[str, Any]:
            if request.get("namespace") is not None:
                import cloudpickle

                return dict(cloudpickle.loads(request["namespace"]))
            module = types.ModuleType("learner")
            module.__file__ = filename
            sys.modules["learner"] = module
            exec(compile(request["source"], filename, "exec"), module.__dict__)
            return module.__dict__

        kind, value, used = self._timed(request["cpu"], load)
        if kind == "ok":
            self.namespace = value
        return self._report(kind, value, used)

    def op_function(self, request: dict[str, Any]) -> dict[str, Any]:
        import inspect

        signature = request["signature"]
        name, params = parse_signature(signature)
        fn = self.namespace.get(name)
        if fn is None:
            return {
                "status": "missing",
                "text": f"Your file does not define {signature}; add a function "
                f"`def {signature}:`.",
            }
        if not callable(fn):
            return {
                "status": "missing",
                "text": f"{name} in your file is a {type(fn).__name__}, not a function "
                f"{signature}.",
            }
        try:
            inspect.signature(fn).bind(*params)
        except TypeError:
            return {
                "status": "missing",
                "text": f"Your {name} takes {name}{inspect.signature(fn)}, but this drill "
                f"calls {signature}.",
            }
        except ValueError:  # no signature available (a builtin): let the call decide
            pass
        return {"status": "ok"}

    def op_value(self, request: dict[str, Any]) -> dict[str, Any]:
        name = request["name"]
        if name not in self.namespace:
            return {"status": "absent"}
        return {"status": "ok", "result": encode(self.namespace[name], self.array_types)}

    def op_call(self, request: dict[str, Any]) -> dict[str, Any]:
        name, _ = parse_signature(request["signature"])
        fn = self.namespace.get(name)
        given = pickle.loads(request["args"])
        passed = tuple(self.guards.wrap(a) for a in given) if self.guards else given
        kind, value, used = self._timed(request["cpu"], lambda: fn(*passed))
        answer = self._report(kind, value, used)
        if kind == "ok":
            answer["result"] = encode(value, self.array_types)
            answer["after"] = [None if callable(a) else encode(a, self.array_types) for a in given]
        return answer


def _cap_resources(memory_mb: int, cpu_seconds: float) -> None:
    try:
        import resource
    except ImportError:
        return
    virtual = 0
    with contextlib.suppress(OSError, ValueError), open("/proc/self/statm") as f:
        virtual = int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    limits = [
        (resource.RLIMIT_FSIZE, FILE_LIMIT),
        (resource.RLIMIT_CORE, 0),
        (resource.RLIMIT_CPU, int(cpu_seconds) + 1),
    ]
    if virtual:
        limits.append((resource.RLIMIT_AS, virtual + memory_mb * 2**20))
    for which, value in limits:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(which, (value, value))


CLONE_NEWNS, CLONE_NEWUSER = 0x00020000, 0x10000000
MS_RDONLY, MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = 1, 32, 4096, 16384, 1 << 18


def read_only(paths: list[str]) -> bool:
    """Make `paths` read-only for this process alone, in a private mount namespace inside a user
    namespace of its own (for root too, which then holds no capability outside it: it cannot
    ptrace or read the memory of the judge). As root where user namespaces are refused (some
    containers), a mount namespace alone. False where the system allows neither."""
    found = libc()
    if found is None or not sys.platform.startswith("linux") or not paths:
        return False
    uid, gid = os.getuid(), os.getgid()
    if found.unshare(CLONE_NEWUSER | CLONE_NEWNS) == 0:
        try:
            for name, text in (
                ("setgroups", "deny"),
                ("uid_map", f"{uid} {uid} 1"),
                ("gid_map", f"{gid} {gid} 1"),
            ):
                with open(f"/proc/self/{name}", "w") as f:
                    f.write(text)
        except OSError:
            return False
    elif uid != 0 or found.unshare(CLONE_NEWNS) != 0:
        return False
    if found.mount(None, b"/", None, MS_REC | MS_PRIVATE, None) != 0:
        return False
    done = True
    for path in paths:
        target = os.fsencode(path)
        if (
            found.mount(target, target, None, MS_BIND | MS_REC, None) != 0
            or found.mount(None, target, None, MS_BIND | MS_REMOUNT | MS_RDONLY, None) != 0
        ):
            done = False
    return done


def child_main(sock: int, output: int, folder: str, job: dict[str, Any]) -> None:
    """In the forked child: isolate, then serve the judge. Never returns."""
    code = 0
    try:
        os.setpgid(0, 0)
        prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a too-large file is an OSError instead
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.dup2(output, 1)
        os.dup2(output, 2)
        os.dup2(sock, 3)
        os.closerange(4, 1 << 16)
        sys.stdin = open(0, closefd=False)  # noqa: SIM115 - input() in learner code gets EOF
        sys.stdout = open(1, "w", buffering=1, closefd=False, errors="replace")  # noqa: SIM115
        sys.stderr = open(2, "w", buffering=1, closefd=False, errors="replace")  # noqa: SIM115
        read_only(job.get("read_only", []))
        os.chdir(folder)
        os.environ["TMPDIR"] = folder
        tempfile.tempdir = folder
        _cap_resources(job["memory_mb"], job["cpu_total"])
        Child(3).serve()
    except BaseException:
        code = 70
        with contextlib.suppress(BaseException):
            traceback.print_exc()
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(BaseException):
                stream.flush()
        os._exit(code)


# --- the zygote --------------------------------------------------------------------------------


# What importing a package is not enough for: its submodules a learner's code uses at once.
WARM_WITH = {"matplotlib": ["matplotlib.figure", "matplotlib.pyplot"]}


def _warm(modules: list[str]) -> None:
    for name in [m for top in modules for m in (top, *WARM_WITH.get(top, []))]:
        with contextlib.suppress(Exception):
            importlib.import_module(name)


def _sweep_orphans(keep: set[int]) -> None:
    """Kill what the learner's code left behind: as a subreaper, orphans become our children."""
    with contextlib.suppress(OSError):
        for entry in os.listdir("/proc"):
            if not entry.isdigit() or int(entry) in keep:
                continue
            try:
                with open(f"/proc/{entry}/stat") as f:
                    parent = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            if parent == os.getpid():
                with contextlib.suppress(OSError):
                    os.kill(int(entry), signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        while os.waitpid(-1, os.WNOHANG)[0]:
            pass


def _run_job(control: socket.socket, job: dict[str, Any], fds: list[int]) -> None:
    sock, output, lifeline = fds
    _warm(job.get("needs", []))
    folder = tempfile.mkdtemp(prefix="mathlings-run-")
    pid = os.fork()
    if pid == 0:
        control.close()
        os.close(lifeline)
        child_main(sock, output, folder, job)
    os.close(sock)
    os.close(output)
    with contextlib.suppress(OSError):
        control.send(json.dumps({"token": job["token"], "pid": pid}).encode())
    status = None
    while status is None:
        ready, _, _ = select.select([lifeline], [], [], 0.02)
        if ready and not os.read(lifeline, 4096):  # the judge is gone: so is its learner
            with contextlib.suppress(OSError):
                os.killpg(pid, signal.SIGKILL)
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        done, raw = os.waitpid(pid, os.WNOHANG)
        if done:
            status = raw
    with contextlib.suppress(OSError):
        os.killpg(pid, signal.SIGKILL)
    _sweep_orphans(keep=set())
    os.close(lifeline)
    shutil.rmtree(folder, ignore_errors=True)
    with contextlib.suppress(OSError):
        control.send(json.dumps({"token": job["token"], "exit": status}).encode())


def main() -> None:
    control = socket.socket(fileno=int(sys.argv[1]))
    parent = os.getppid()
    prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    prctl(PR_SET_CHILD_SUBREAPER, 1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A learner's pyplot draws off-screen: set before matplotlib is first imported (warm).
    os.environ["MPLBACKEND"] = "agg"
    _warm(["numpy", "mathlings.checker.rules"])  # the guards: no secret in them
    while os.getppid() == parent:
        ready, _, _ = select.select([control], [], [], 1.0)
        if not ready:
            continue
        data, fds, _, _ = socket.recv_fds(control, 1 << 16, 4)
        if not data:
            return
        request = json.loads(data)
        if "warm" in request:
            _warm(request["warm"])
        elif "job" in request and len(fds) == 3:
            _run_job(control, request["job"], fds)
        else:
            for fd in fds:
                os.close(fd)


if __name__ == "__main__":
    main()
