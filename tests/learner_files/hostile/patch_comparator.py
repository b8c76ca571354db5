"""Attack 1: monkeypatch the comparators in mathlings.checker.compare at import time.

The drill's comparator was built (close(...)) before this file runs, so replacing `close` alone
changes nothing already made; but `close`'s inner function looks up `numeric_pair` in the module's
globals at every call, so that is patched too: it hands back the expected answer twice, so the
difference is 0. `close`, `exact` and `as_array` are replaced as well, for comparators built later.
"""

import numpy as np

try:
    from mathlings.checker import compare as _compare

    _as_array = _compare.as_array

    def _same_twice(expected, got, **_):
        e = _as_array(expected)
        return e, e.copy()

    def _always_right(*_, **__):
        return lambda expected, got, args=(): None

    _compare.numeric_pair = _same_twice
    _compare.close = _always_right
    _compare.exact = _always_right
except ImportError:
    pass


def covariance(X):
    d = X.shape[1]
    return np.zeros((d, d))
