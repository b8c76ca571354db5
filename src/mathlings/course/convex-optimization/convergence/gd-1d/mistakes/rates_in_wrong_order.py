"""Your three rates are right but in the wrong order; return them as (crawl, good, diverge)."""


def gradient_descent(grad, x0, lr, steps):
    trajectory = [x0]
    x = x0
    for _ in range(steps):
        x = x - lr * grad(x)
        trajectory.append(x)
    return trajectory


def three_learning_rates():
    return 0.4, 0.02, 1.1
