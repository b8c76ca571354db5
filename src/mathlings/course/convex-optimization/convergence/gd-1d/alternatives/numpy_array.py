import numpy as np
from matplotlib.figure import Figure


def gradient_descent(grad, x0, lr, steps):
    """Preallocate the trajectory and fill it in place."""
    xs = np.zeros(steps + 1)
    xs[0] = x0
    for t in range(steps):
        xs[t + 1] = xs[t] - lr * grad(xs[t])
    return xs


def three_learning_rates():
    return [0.05, 0.5, 2.0]


def plot_trajectories(grad, x0, steps):
    """Two panels: the trajectories (last rate first), and the distance to the minimum 3."""
    fig = Figure(figsize=(8, 3))
    left, right = fig.subplots(1, 2)
    t = np.arange(steps + 1)
    for lr in reversed(three_learning_rates()):
        xs = gradient_descent(grad, x0, lr, steps)
        left.plot(t, xs, "--", label=f"η={lr}")
        right.semilogy(t, np.abs(xs - 3) + 1e-300)
    left.axhline(3.0, color="grey")
    left.set_xlabel("t")
    left.set_ylabel("x_t")
    fig.legend()
    return fig
