"""η = 1 oscillates forever without growing: x bounces between 0 and 6, so the distance to 3 stays
3; divergence needs η > 1 here.
"""


def gradient_descent(grad, x0, lr, steps):
    trajectory = [x0]
    x = x0
    for _ in range(steps):
        x = x - lr * grad(x)
        trajectory.append(x)
    return trajectory


def three_learning_rates():
    return 0.02, 0.4, 1.0
