import numpy as np


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
