"""You multiplied the gradient by H (x − H∇f); Newton's step divides by it: solve H d = −∇f(x),
d = −H⁻¹∇f(x)."""


def newton(grad, hess, x0, tol, max_iter):
    x = np.array(x0, dtype=float)
    trajectory = [x]
    for _ in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) <= tol:
            break
        x = x - hess(x) @ g
        trajectory.append(x)
    return trajectory
