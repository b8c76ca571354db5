"""Your loop takes at most max_iter − 1 steps; the rule allows max_iter steps, so a run that never
meets the tolerance has max_iter + 1 points."""


def gradient_descent(grad, x0, lr, tol, max_iter):
    x = np.array(x0, dtype=float)
    trajectory = [x]
    for _ in range(max_iter - 1):
        g = grad(x)
        if np.linalg.norm(g) <= tol:
            break
        x = x - lr * g
        trajectory.append(x)
    return trajectory
