"""Attack 10: return objects that lie when compared: an ndarray subclass whose arithmetic and
comparisons say "equal", and a plain object whose __eq__ is always True and whose __array__ gives
whatever it is compared with."""

import numpy as np


class Liar(np.ndarray):
    def __eq__(self, other):
        return np.ones(np.shape(other), dtype=bool)

    def __sub__(self, other):
        return np.zeros(np.shape(other))

    def __rsub__(self, other):
        return np.zeros(np.shape(other))

    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
        return np.zeros(np.broadcast_shapes(*(np.shape(x) for x in inputs)))


class Chameleon:
    def __eq__(self, other):
        return True

    def __array__(self, dtype=None, copy=None):
        return np.zeros((1, 1))


MODE = {"calls": 0}


def covariance(X):
    d = X.shape[1]
    MODE["calls"] += 1
    if MODE["calls"] % 2:
        return np.zeros((d, d)).view(Liar)
    return Chameleon()
