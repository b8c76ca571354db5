"""You return only the last point; the task asks for the whole trajectory [x₀, x₁, …, x_K], with
x₀ first."""


def gradient_descent(grad, x0, lr, tol, max_iter):
    x = np.array(x0, dtype=float)
    for _ in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) <= tol:
            break
        x = x - lr * g
    return x
