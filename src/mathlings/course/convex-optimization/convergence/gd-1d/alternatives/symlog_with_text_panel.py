"""A blind solution: rates 0.01, 0.5 (lands on 3 in one step) and 1.5; the plot on a symlog axis
beside a second panel holding only text, with its axes turned off."""

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.figure import Figure


def gradient_descent(grad, x0, lr, steps):
    """[x_0, x_1, ..., x_steps] with x_{t+1} = x_t − lr · grad(x_t)."""
    traj = np.empty(steps + 1)
    traj[0] = x0
    for t in range(steps):
        traj[t + 1] = traj[t] - lr * grad(traj[t])
    return traj


def three_learning_rates():
    """(crawl, good, diverge) for f(x) = (x − 3)² from x_0 = 0, 30 steps."""
    crawl = 0.01     # factor 0.98: 3·0.98^30 ≈ 1.64 left, never overshoots
    good = 0.5       # factor 0: lands on 3 in one step
    diverge = 1.5    # factor −2: |x_t − 3| doubles every step
    return crawl, good, diverge


def plot_trajectories(grad, x0, steps):
    """A Figure with one line per rate of three_learning_rates(): x_t against t = 0..steps."""
    fig, (ax, ax2) = plt.subplots(1, 2, figsize=(10, 4))
    t = np.arange(steps + 1)
    for lr in three_learning_rates():
        ax.plot(t, gradient_descent(grad, x0, lr, steps), marker="o", ms=3, label=f"η = {lr}")
    ax.set_xlabel("iteration")
    ax.set_ylabel("x")
    ax.set_yscale("symlog")
    ax.legend()
    ax.set_title("gradient descent trajectories")
    ax2.text(0.5, 0.5, "x_{t+1} = x_t − η f′(x_t)", ha="center")
    ax2.set_axis_off()
    return fig
