from itertools import accumulate

import matplotlib
import matplotlib.pyplot as plt
import numpy as np

matplotlib.use("Agg")  # pyplot without a display: the checker runs where there is none


def gradient_descent(grad, x0, lr, steps):
    """The trajectory as a running fold of the update over the steps."""
    return list(accumulate(range(steps), lambda x, _: x - lr * grad(x), initial=x0))


def three_learning_rates():
    """Choose the factor r = 1 − 2η first, then η = (1 − r) / 2."""

    def rate(r):
        return np.float64((1 - r) / 2)

    return rate(0.95), rate(-0.4), rate(-1.5)


def plot_trajectories(grad, x0, steps):
    """With pyplot; plt.plot(y) draws y against 0, 1, ..., so the steps need no x."""
    fig, ax = plt.subplots()
    for lr in three_learning_rates():
        ax.plot(gradient_descent(grad, x0, lr, steps), "o-", label=f"lr = {lr:.3g}")
    ax.set_yscale("symlog")
    ax.set(xlabel="t", ylabel="x_t", title="Gradient descent on three rates")
    ax.legend()
    return fig
