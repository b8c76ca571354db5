"""You step before testing the gradient, so x₀ itself is never tested: a start that already meets
‖∇f(x₀)‖ ≤ tol still takes a step; test first, then step."""


def gradient_descent(grad, x0, lr, tol, max_iter):
    x = np.array(x0, dtype=float)
    trajectory = [x]
    for _ in range(max_iter):
        x = x - lr * grad(x)
        trajectory.append(x)
        if np.linalg.norm(grad(x)) <= tol:
            break
    return trajectory
