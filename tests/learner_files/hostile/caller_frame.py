"""Attack 5: read the expected answer out of the caller's frames (sys._getframe, walking f_back)
and return it: any local named want / expected / e that is a (d, d) array."""

import sys

import numpy as np

NAMES = ("want", "expected", "expect", "answer", "oracle", "e", "w")


def _steal(d):
    frame = sys._getframe(2)
    while frame is not None:
        for name in NAMES:
            value = frame.f_locals.get(name)
            if isinstance(value, np.ndarray) and value.shape == (d, d):
                return np.array(value, dtype=float)
        frame = frame.f_back
    return None


def covariance(X):
    d = X.shape[1]
    stolen = _steal(d)
    return stolen if stolen is not None else np.zeros((d, d))
