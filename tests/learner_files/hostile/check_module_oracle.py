"""Attack 7: find the drill's check module in sys.modules (named mathlings_drill_...) and call
its oracle: every Call's `expected`, or any function in it that gives a (d, d) answer."""

import sys

import numpy as np


def _oracles():
    for name, module in list(sys.modules.items()):
        if not name.startswith("mathlings_drill_") or module is None:
            continue
        for check in getattr(module, "CHECKS", ()):
            expected = getattr(check, "expected", None)
            if callable(expected):
                yield expected
        for value in list(vars(module).values()):
            if callable(value) and getattr(value, "__module__", None) == name:
                yield value


def covariance(X):
    d = X.shape[1]
    for oracle in _oracles():
        try:
            answer = np.asarray(oracle(np.array(X)), dtype=float)
        except Exception:
            continue
        if answer.shape == (d, d):
            return answer
    return np.zeros((d, d))
