"""You step before testing the gradient, so x₀ itself is never tested: a start that is already a
minimizer still takes a step; test ‖∇f(x_k)‖ ≤ tol first, then step."""


def newton(grad, hess, x0, tol, max_iter):
    x = np.array(x0, dtype=float)
    trajectory = [x]
    for _ in range(max_iter):
        x = x + np.linalg.solve(hess(x), -grad(x))
        trajectory.append(x)
        if np.linalg.norm(grad(x)) <= tol:
            break
    return trajectory
