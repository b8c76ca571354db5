"""Small process controls shared by the client, the supervisor and the runner (stdlib only, so
the client stays light).

Whoever waits on one of mathlings' processes keeps it going.
Learner code runs as the learner's user, so it can send SIGSTOP to mathlings' own processes (the
supervisor, a judge, the runner); a stopped process would leave its waiter stuck. Each waiter
checks, on every turn of its loop, whether what it waits on is stopped, and continues it. Linux
only (it reads /proc); elsewhere it does nothing.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
from typing import Any

PR_SET_PDEATHSIG = 1
PR_SET_DUMPABLE = 4
PR_SET_CHILD_SUBREAPER = 36


def libc() -> Any:
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


def prctl(option: int, value: int) -> None:
    """Linux's prctl(2); nothing elsewhere."""
    found = libc()
    if found is not None and sys.platform.startswith("linux"):
        found.prctl(option, value, 0, 0, 0)


def resume_if_stopped(pid: int | None) -> bool:
    """Send SIGCONT to `pid` if it is stopped; True if it was."""
    if pid is None:
        return False
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            state = f.read().rsplit(b")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    if state != b"T":
        return False
    with contextlib.suppress(OSError):
        os.kill(pid, signal.SIGCONT)
    return True
