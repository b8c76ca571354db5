"""Your trajectory is one short: it starts with x_0, so it has steps + 1 values, not steps."""


def gradient_descent(grad, x0, lr, steps):
    trajectory = []
    x = x0
    for _ in range(steps):
        x = x - lr * grad(x)
        trajectory.append(x)
    return trajectory
