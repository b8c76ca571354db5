from matplotlib.figure import Figure


def gradient_descent(grad, x0, lr, steps):
    """[x_0, x_1, ..., x_steps] with x_{t+1} = x_t − lr · grad(x_t)."""
    raise NotImplementedError("write gradient_descent(grad, x0, lr, steps)")


def three_learning_rates():
    """(crawl, good, diverge) for f(x) = (x − 3)² from x_0 = 0, 30 steps."""
    raise NotImplementedError("write three_learning_rates()")


def plot_trajectories(grad, x0, steps):
    """A Figure with one line per rate of three_learning_rates(): x_t against t = 0..steps."""
    raise NotImplementedError("write plot_trajectories(grad, x0, steps)")
