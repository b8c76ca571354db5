"""Attack 14: read the memory of mathlings' other processes (the judge holds the expected answers):
open /proc/<pid>/mem of every process whose command line names mathlings, and read a mapped page.
Raises if any read succeeds, so the verdict says what was possible."""

import os

import numpy as np


def _readable():
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == os.getpid():
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                if b"mathlings" not in f.read():
                    continue
            with open(f"/proc/{entry}/maps") as f:
                start = int(f.readline().split("-")[0], 16)
            with open(f"/proc/{entry}/mem", "rb") as f:
                f.seek(start)
                if f.read(16):
                    return entry
        except (OSError, ValueError):
            continue
    return None


def covariance(X):
    found = _readable()
    if found is not None:
        raise RuntimeError(f"read the memory of process {found}")
    d = X.shape[1]
    return np.zeros((d, d))
