"""Attack 2: patch np.abs, np.linalg.norm, np.allclose, np.isclose (the numbers a comparator
trusts) so that every difference is 0 and everything is close."""

import numpy as np

_zeros_like = np.zeros_like


def _abs(x, *args, **kwargs):
    return _zeros_like(np.asarray(x), dtype=float)


def _norm(*args, **kwargs):
    return 0.0


def _true(*args, **kwargs):
    return True


np.abs = _abs
np.absolute = _abs
np.fabs = _abs
np.linalg.norm = _norm
np.allclose = _true
np.isclose = _true
np.array_equal = _true


def covariance(X):
    d = X.shape[1]
    return np.zeros((d, d))
