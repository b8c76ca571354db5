"""Your figure has one line, the last rate's: ax.plot comes after the loop over the rates; call it
inside the loop, once per rate.
"""


def plot_trajectories(grad, x0, steps):
    fig = Figure()
    ax = fig.subplots()
    for lr in three_learning_rates():
        xs = gradient_descent(grad, x0, lr, steps)
    ax.plot(range(steps + 1), xs, label=f"η = {lr}")
    ax.set_xlabel("step t")
    ax.set_ylabel("x_t")
    return fig
