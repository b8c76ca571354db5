"""You stop only when ‖∇f(x_k)‖ < tol; the rule is ‖∇f(x_k)‖ ≤ tol, so with tol = 0 a point whose
gradient is exactly zero stops at once."""


def newton(grad, hess, x0, tol, max_iter):
    x = np.array(x0, dtype=float)
    trajectory = [x]
    for _ in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) < tol:
            break
        x = x + np.linalg.solve(hess(x), -g)
        trajectory.append(x)
    return trajectory
