"""gd-1d: the loop runs steps + 1 times, so the trajectory has one x too many."""


def gradient_descent(grad, x0, lr, steps):
    trajectory = [x0]
    x = x0
    for _ in range(steps + 1):
        x = x - lr * grad(x)
        trajectory.append(x)
    return trajectory


def three_learning_rates():
    return 0.02, 0.4, 1.1
