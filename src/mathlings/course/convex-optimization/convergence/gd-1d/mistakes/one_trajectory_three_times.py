"""Your lines are one trajectory drawn three times: compute each line's trajectory inside the loop,
with that line's own η.
"""


def plot_trajectories(grad, x0, steps):
    fig = Figure()
    ax = fig.subplots()
    crawl, good, diverge = three_learning_rates()
    xs = gradient_descent(grad, x0, crawl, steps)
    for lr in (crawl, good, diverge):
        ax.plot(range(steps + 1), xs, label=f"η = {lr}")
    ax.set_xlabel("step t")
    ax.set_ylabel("x_t")
    return fig
