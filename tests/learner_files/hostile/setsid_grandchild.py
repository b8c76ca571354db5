"""Fault: leave a grandchild behind in a session of its own (fork, setsid) that writes its pid
to the file named by MATHLINGS_TEST_PIDFILE and then lives on. It must not outlive the check."""

import os
import time

import numpy as np

PIDFILE = "/tmp/mathlings-grandchild.pid"


def covariance(X):
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            with open(PIDFILE, "w") as f:
                f.write(str(os.getpid()))
            time.sleep(600)
        os._exit(0)
    time.sleep(0.02)
    d = X.shape[1]
    return np.zeros((d, d))
