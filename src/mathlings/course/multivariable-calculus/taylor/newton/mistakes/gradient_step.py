"""You took a gradient step x − ∇f(x); Newton's step rescales the gradient by the inverse Hessian,
solving H d = −∇f(x), which is what lands on a quadratic's minimizer in one step."""


def newton(grad, hess, x0, tol, max_iter):
    x = np.array(x0, dtype=float)
    trajectory = [x]
    for _ in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) <= tol:
            break
        x = x - g
        trajectory.append(x)
    return trajectory
