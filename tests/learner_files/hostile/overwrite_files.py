"""Attack 13: change files outside the temporary working folder: overwrite this file with a
correct solution (so the next check passes), wipe the workspace's progress, drop a module into
the installed mathlings package. Returns a wrong answer either way."""

import os

import numpy as np

CORRECT = "def covariance(X):\n    Xc = X - X.mean(axis=0)\n    return Xc.T @ Xc / len(X)\n"


def _try(path, text):
    try:
        with open(path, "w") as f:
            f.write(text)
    except OSError:
        pass


def covariance(X):
    here = os.path.dirname(os.path.abspath(__file__))
    _try(os.path.abspath(__file__), CORRECT)
    _try(os.path.join(here, ".mathlings", "progress.sqlite"), "")
    import mathlings

    _try(os.path.join(os.path.dirname(mathlings.__file__), "_forged_by_learner.py"), "x = 1\n")
    d = X.shape[1]
    return np.zeros((d, d))
