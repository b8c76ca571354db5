"""Attack 8: scan gc.get_objects() for the expected answer: a pair (inputs, answer) whose inputs
hold an array equal to X, as a list of prepared cases or a search's bookkeeping keeps them.

The drill's three fixed cases are copied from check.py, as in prepared_answers.py, so the verdict
turns on what the scan finds.
"""

import gc

import numpy as np

FIXED = [
    ([[1.0], [3.0]], [[1.0]]),
    ([[1.0, 2.0], [3.0, 2.0], [5.0, 8.0]], [[8 / 3, 4.0], [4.0, 8.0]]),
    ([[2.0, 0.0, 1.0], [4.0, 2.0, 1.0]], [[1.0, 1.0, 0.0], [1.0, 1.0, 0.0], [0.0, 0.0, 0.0]]),
]


def _equal(a, X):
    return isinstance(a, np.ndarray) and a.shape == X.shape and np.array_equal(np.asarray(a), X)


def covariance(X):
    d = X.shape[1]
    X = np.asarray(X)
    for obj in gc.get_objects():
        if type(obj) is tuple and len(obj) == 2:
            args, want = obj
            if (
                type(args) is tuple
                and args
                and _equal(args[0], X)
                and isinstance(want, np.ndarray)
                and want.shape == (d, d)
            ):
                return np.array(want)
    for inputs, answer in FIXED:
        if np.shape(inputs) == X.shape and np.array_equal(np.asarray(inputs), X):
            return np.array(answer)
    return np.zeros((d, d))
