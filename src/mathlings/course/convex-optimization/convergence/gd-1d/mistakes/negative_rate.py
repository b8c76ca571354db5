"""A negative learning rate is gradient ascent: x − η·f′(x) with η < 0 walks uphill, away from the
minimum; every rate here is positive, and descent diverges for η > 1.
"""


def gradient_descent(grad, x0, lr, steps):
    trajectory = [x0]
    x = x0
    for _ in range(steps):
        x = x - lr * grad(x)
        trajectory.append(x)
    return trajectory


def three_learning_rates():
    return 0.02, 0.4, -0.5
