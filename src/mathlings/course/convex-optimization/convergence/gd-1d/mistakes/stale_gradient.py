"""You compute the gradient once, at x_0, and reuse it; it must be recomputed at every new x_t."""


def gradient_descent(grad, x0, lr, steps):
    trajectory = [x0]
    g = grad(x0)
    x = x0
    for _ in range(steps):
        x = x - lr * g
        trajectory.append(x)
    return trajectory
