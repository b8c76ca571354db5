"""You added the gradient (x + η·grad); descent steps against it: x_{t+1} = x_t − η·grad(x_t)."""


def gradient_descent(grad, x0, lr, steps):
    trajectory = [x0]
    x = x0
    for _ in range(steps):
        x = x + lr * grad(x)
        trajectory.append(x)
    return trajectory
