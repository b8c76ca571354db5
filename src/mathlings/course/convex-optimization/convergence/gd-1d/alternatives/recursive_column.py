import numpy as np
from matplotlib.figure import Figure


def gradient_descent(grad, x0, lr, steps):
    """Recursively: the trajectory of `steps` steps is the one of steps − 1, plus one more step;
    returned as a column."""
    if steps == 0:
        return np.array([[x0]])
    before = gradient_descent(grad, x0, lr, steps - 1)
    last = before[-1, 0]
    return np.vstack([before, [[last - lr * grad(last)]]])


def three_learning_rates():
    crawl, good, diverge = 0.01, 0.25, 1.2
    return (crawl, good, diverge)


def plot_trajectories(grad, x0, steps):
    """Each trajectory is a column: matplotlib draws a column as one line."""
    fig = Figure()
    ax = fig.add_subplot()
    for lr in three_learning_rates():
        ax.plot(np.arange(steps + 1), gradient_descent(grad, x0, lr, steps), label=f"{lr:.2f}")
    ax.set_xlabel("iteration")
    ax.set_ylabel("x")
    ax.legend(title="learning rate")
    return fig
