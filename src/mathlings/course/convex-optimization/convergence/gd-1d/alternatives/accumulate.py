from itertools import accumulate

import numpy as np


def gradient_descent(grad, x0, lr, steps):
    """The trajectory as a running fold of the update over the steps."""
    return list(accumulate(range(steps), lambda x, _: x - lr * grad(x), initial=x0))


def three_learning_rates():
    """Choose the factor r = 1 − 2η first, then η = (1 − r) / 2."""

    def rate(r):
        return np.float64((1 - r) / 2)

    return rate(0.95), rate(-0.4), rate(-1.5)
