"""Your trajectory leaves out the start: it begins with x₀ itself, [x₀, x₁, …, x_K], K + 1
points."""


def gradient_descent(grad, x0, lr, tol, max_iter):
    x = np.array(x0, dtype=float)
    trajectory = []
    for _ in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) <= tol:
            break
        x = x - lr * g
        trajectory.append(x)
    return trajectory
