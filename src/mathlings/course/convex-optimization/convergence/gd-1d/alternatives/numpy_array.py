import numpy as np


def gradient_descent(grad, x0, lr, steps):
    """Preallocate the trajectory and fill it in place."""
    xs = np.zeros(steps + 1)
    xs[0] = x0
    for t in range(steps):
        xs[t + 1] = xs[t] - lr * grad(xs[t])
    return xs


def three_learning_rates():
    return [0.05, 0.5, 2.0]
