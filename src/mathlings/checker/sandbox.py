"""Runs learner code in a separate process and turns whatever happens there into a verdict.

The client side: `Sandbox` (in the CLI, `watch` or a notebook) starts the supervisor
(`python -m mathlings.checker.supervisor`, see supervisor.py), sends it jobs as JSON lines and reads
verdicts back. The supervisor keeps NumPy, Hypothesis and, once asked, torch imported and forks a
child per job, so a check starts warm and learner code never runs in this process. Linux and macOS
(fork); not Windows.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from mathlings.checker.procstate import resume_if_stopped
from mathlings.checker.supervisor import JUDGE_MARGIN
from mathlings.checker.verdict import Verdict

THREAD_VARS = (
    "OPENBLAS_NUM_THREADS",
    "OMP_NUM_THREADS",
    "MKL_NUM_THREADS",
    "VECLIB_MAXIMUM_THREADS",
)


class Sandbox:
    """The learner-facing side: checks one job at a time through a warm supervisor process."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[bytes] | None = None
        self.counter = 0
        self.pending = b""

    def _start(self) -> subprocess.Popen[bytes]:
        if self.process is None or self.process.poll() is not None:
            env = dict(os.environ)
            for var in THREAD_VARS:
                env[var] = "1"
            # Hypothesis keeps a folder of its own; never in the learner's workspace.
            env.setdefault(
                "HYPOTHESIS_STORAGE_DIRECTORY",
                str(Path(tempfile.gettempdir()) / f"mathlings-hypothesis-{os.getuid()}"),
            )
            env["PYTHONPATH"] = os.pathsep.join(
                [str(Path(__file__).resolve().parents[2]), env.get("PYTHONPATH", "")]
            ).rstrip(os.pathsep)
            self.process = subprocess.Popen(
                [sys.executable, "-m", "mathlings.checker.supervisor"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                env=env,
            )
            self.pending = b""
        return self.process

    def _send(self, request: dict[str, Any]) -> int:
        process = self._start()
        self.counter += 1
        request["id"] = self.counter
        assert process.stdin is not None
        process.stdin.write((json.dumps(request) + "\n").encode())
        process.stdin.flush()
        return self.counter

    def warm(self, modules: list[str]) -> None:
        """Ask the supervisor to import modules now, without waiting for it."""
        self._send({"warm": modules})

    def run(self, job: dict[str, Any]) -> Verdict:
        if not hasattr(os, "fork"):
            return Verdict(
                drill=job["drill"],
                status="error",
                message="mathlings checks code by forking a process, which Windows cannot do: "
                "run mathlings in WSL (Windows Subsystem for Linux), Linux or macOS.",
            )
        patience = JUDGE_MARGIN + 10 * float(job.get("timeout", 10)) + 30
        for attempt in range(2):
            try:
                wanted = self._send({"job": job})
                reply = self._reply(wanted, patience)
                if reply is not None:
                    return Verdict.from_dict(reply["verdict"])
                raise BrokenPipeError("the supervisor closed its output")
            except (BrokenPipeError, OSError, ValueError, KeyError, TypeError):
                self.close()
                if attempt:
                    break
        return Verdict(
            drill=job["drill"],
            status="error",
            message="The checker's own process stopped answering twice while checking this file "
            "(your code may have signalled it); mathlings will start a new one for the next "
            "check.",
        )

    def _reply(self, wanted: int, patience: float) -> dict[str, Any] | None:
        """The supervisor's reply to request `wanted`, or None if it closed or went silent."""
        assert self.process is not None and self.process.stdout is not None
        fd = self.process.stdout.fileno()
        deadline = time.monotonic() + patience
        while True:
            while b"\n" in self.pending:
                line, _, self.pending = self.pending.partition(b"\n")
                reply = json.loads(line)
                if reply.get("id") == wanted:
                    return reply
            left = deadline - time.monotonic()
            ready, _, _ = select.select([fd], [], [], min(max(left, 0), 0.2))
            if not ready and left > 0:
                resume_if_stopped(self.process.pid)  # learner code may have stopped it
                continue
            chunk = os.read(fd, 1 << 20) if ready else b""
            if not chunk:
                return None
            self.pending += chunk

    def close(self) -> None:
        if self.process is not None:
            with contextlib.suppress(Exception):
                assert self.process.stdin is not None
                self.process.stdin.close()
            with contextlib.suppress(Exception):
                self.process.wait(timeout=2)
            if self.process.poll() is None:
                self.process.kill()
            self.process = None

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
