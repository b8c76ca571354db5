"""Fault: stop (SIGSTOP) the process that forked this one, then the supervisor above it, in the
learner's function. Whoever waits on them continues them: no stuck tool."""

import os
import signal

import numpy as np


def _ancestors():
    pid = os.getppid()
    while pid > 1:
        yield pid
        with open(f"/proc/{pid}/stat") as f:
            pid = int(f.read().rsplit(")", 1)[1].split()[1])


def covariance(X):
    for pid in list(_ancestors())[:2]:
        os.kill(pid, signal.SIGSTOP)
    d = X.shape[1]
    return np.zeros((d, d))
