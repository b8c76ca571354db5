"""You stop when the step ‖d‖ is small; the rule stops on a small gradient, ‖∇f(x_k)‖ ≤ tol, tested
before stepping, so no step is taken from a point that already meets it."""


def newton(grad, hess, x0, tol, max_iter):
    x = np.array(x0, dtype=float)
    trajectory = [x]
    for _ in range(max_iter):
        d = np.linalg.solve(hess(x), -grad(x))
        x = x + d
        trajectory.append(x)
        if np.linalg.norm(d) <= tol:
            break
    return trajectory
