"""You added the gradient (x + η∇f), which climbs; descent steps against it:
x_{k+1} = x_k − η∇f(x_k)."""


def gradient_descent(grad, x0, lr, tol, max_iter):
    x = np.array(x0, dtype=float)
    trajectory = [x]
    for _ in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) <= tol:
            break
        x = x + lr * g
        trajectory.append(x)
    return trajectory
