"""You drew the last x against η, one point per rate; the plot is each rate's whole trajectory,
x_t against t = 0..steps, one line per rate.
"""


def plot_trajectories(grad, x0, steps):
    fig = Figure()
    ax = fig.subplots()
    rates = three_learning_rates()
    finals = [gradient_descent(grad, x0, lr, steps)[-1] for lr in rates]
    ax.plot(rates, finals, "o-", label="x_steps")
    ax.set_xlabel("η")
    ax.set_ylabel("x_steps")
    return fig
