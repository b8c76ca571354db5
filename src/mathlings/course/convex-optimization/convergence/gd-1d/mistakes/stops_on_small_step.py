"""Your loop stops early once a step is tiny; the drill asks for exactly `steps` steps, steps + 1
values, even when x has stopped moving (η = 0, or x already at the minimum).
"""


def gradient_descent(grad, x0, lr, steps):
    trajectory = [x0]
    x = x0
    for _ in range(steps):
        step = lr * grad(x)
        if abs(step) < 1e-8:
            break
        x = x - step
        trajectory.append(x)
    return trajectory
