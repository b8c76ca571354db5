"""Your loop takes steps − 1 steps: start the trajectory with x_0 and then step `steps` times,
for _ in range(steps), so it ends at x_steps with steps + 1 values.
"""


def gradient_descent(grad, x0, lr, steps):
    trajectory = [x0]
    x = x0
    for _ in range(steps - 1):
        x = x - lr * grad(x)
        trajectory.append(x)
    return trajectory
