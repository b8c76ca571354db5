from matplotlib.figure import Figure


def gradient_descent(grad, x0, lr, steps):
    """x_{t+1} = x_t − η ∇f(x_t); returns [x_0, x_1, ..., x_steps] (steps + 1 values)."""
    trajectory = [x0]
    x = x0
    for _ in range(steps):
        x = x - lr * grad(x)
        trajectory.append(x)
    return trajectory


def three_learning_rates():
    """For f(x) = (x − 3)², x_t − 3 = (1 − 2η)ᵗ (x_0 − 3): the factor r = 1 − 2η decides.

    crawl:   r = 0.96 (η = 0.02): monotone, 0.96³⁰ · 3 ≈ 0.88 still to go after 30 steps.
    good:    r = 0.2 (η = 0.4): 0.2³⁰ · 3 ≈ 3e-21, at the minimum to machine precision.
    diverge: r = −1.2 (η = 1.1): |x_t − 3| grows by 1.2 at every step, flipping side.
    """
    crawl = 0.02
    good = 0.4
    diverge = 1.1
    return crawl, good, diverge


def plot_trajectories(grad, x0, steps):
    """One line per learning rate η: the trajectory x_t against t = 0, 1, ..., steps."""
    fig = Figure()
    ax = fig.subplots()
    for lr in three_learning_rates():
        ax.plot(range(steps + 1), gradient_descent(grad, x0, lr, steps), label=f"η = {lr}")
    ax.set_xlabel("step t")
    ax.set_ylabel("x_t")
    ax.legend()
    return fig
