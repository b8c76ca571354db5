"""You stop when the step η‖∇f‖ is small, which with η < 1 happens before the gradient is; the
rule stops on a small gradient, ‖∇f(x_k)‖ ≤ tol."""


def gradient_descent(grad, x0, lr, tol, max_iter):
    x = np.array(x0, dtype=float)
    trajectory = [x]
    for _ in range(max_iter):
        step = lr * grad(x)
        if np.linalg.norm(step) <= tol:
            break
        x = x - step
        trajectory.append(x)
    return trajectory
