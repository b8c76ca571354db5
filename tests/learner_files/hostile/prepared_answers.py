"""Attack 6: read the prepared inputs and oracle answers from the module global that holds them
(mathlings.checker.engine._PREPARED, filled in before the check forks) and return the answer
prepared for the input received.

The drill's three fixed cases are not prepared: their answers are copied here from check.py (a
learner can read it), so the verdict turns on the prepared answers alone.
"""

import sys

import numpy as np

FIXED = [
    ([[1.0], [3.0]], [[1.0]]),
    ([[1.0, 2.0], [3.0, 2.0], [5.0, 8.0]], [[8 / 3, 4.0], [4.0, 8.0]]),
    ([[2.0, 0.0, 1.0], [4.0, 2.0, 1.0]], [[1.0, 1.0, 0.0], [1.0, 1.0, 0.0], [0.0, 0.0, 0.0]]),
]


def _pairs():
    for name in ("mathlings.checker.engine", "mathlings.checker.judge", "mathlings.checker.spec"):
        module = sys.modules.get(name)
        for value in vars(module).values() if module else ():
            if isinstance(value, dict):
                for entries in value.values():
                    if isinstance(entries, list):
                        yield from (e for e in entries if isinstance(e, tuple) and len(e) == 2)


def covariance(X):
    d = X.shape[1]
    for args, want in _pairs():
        if (
            isinstance(args, tuple)
            and args
            and isinstance(args[0], np.ndarray)
            and args[0].shape == X.shape
            and np.array_equal(np.asarray(args[0]), np.asarray(X))
        ):
            return np.array(want, dtype=float)
    for inputs, answer in FIXED:
        if np.shape(inputs) == X.shape and np.array_equal(np.asarray(inputs), np.asarray(X)):
            return np.array(answer)
    return np.zeros((d, d))
