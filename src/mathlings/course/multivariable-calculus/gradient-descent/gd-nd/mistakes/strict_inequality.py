"""You stop only when ‖∇f(x_k)‖ < tol; the rule is ‖∇f(x_k)‖ ≤ tol, so with tol = 0 a point whose
gradient is exactly zero stops at once."""


def gradient_descent(grad, x0, lr, tol, max_iter):
    x = np.array(x0, dtype=float)
    trajectory = [x]
    for _ in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) < tol:
            break
        x = x - lr * g
        trajectory.append(x)
    return trajectory
