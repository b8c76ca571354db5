import numpy as np


def quadratic_hessian(A, b, x):
    """f(x) = ½ xᵀAx + bᵀx has ∇f = ½(A + Aᵀ)x + b, so H = ½(A + Aᵀ) at every x."""
    return (A + A.T) / 2


def logsumexp_hessian(x):
    """f(x) = log Σᵢ exp(xᵢ) has ∇f = s = softmax(x), so H = diag(s) − s sᵀ."""
    e = np.exp(x - np.max(x))
    s = e / np.sum(e)
    return np.diag(s) - np.outer(s, s)


def rosenbrock_hessian(p):
    """f(x, y) = (1 − x)² + 100(y − x²)²:
    ∂²f/∂x² = 2 − 400(y − x²) + 800x², ∂²f/∂x∂y = −400x, ∂²f/∂y² = 200."""
    x, y = p
    return np.array(
        [
            [2 - 400 * (y - x**2) + 800 * x**2, -400 * x],
            [-400 * x, 200.0],
        ]
    )


def classify(H):
    """From the eigenvalues λ of the symmetric H, zero meaning |λ| ≤ 1e-8·max(1, max|λ|):
    some λ > 0 and some λ < 0: "saddle"; else any λ zero: "degenerate";
    else all λ > 0: "minimum"; all λ < 0: "maximum"."""
    eigenvalues = np.linalg.eigvalsh(H)
    zero = 1e-8 * max(1.0, float(np.max(np.abs(eigenvalues))))
    positive = eigenvalues > zero
    negative = eigenvalues < -zero
    if positive.any() and negative.any():
        return "saddle"
    if not (positive | negative).all():
        return "degenerate"
    return "minimum" if positive.all() else "maximum"
