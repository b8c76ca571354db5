"""You divided the gradient by the diagonal of H entry by entry; Newton's step solves the whole
system H d = −∇f(x), off-diagonal entries included (they couple the coordinates)."""


def newton(grad, hess, x0, tol, max_iter):
    x = np.array(x0, dtype=float)
    trajectory = [x]
    for _ in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) <= tol:
            break
        x = x - g / np.diag(hess(x))
        trajectory.append(x)
    return trajectory
