import numpy as np
import torch

TINY = 1e-12


def numerical_gradient(f, x, h=1e-6):
    """Central differences, one coordinate at a time:
    ∂f/∂xᵢ ≈ (f(x + h eᵢ) − f(x − h eᵢ)) / (2h)."""
    grad = np.zeros_like(x)
    for i in range(x.size):
        e_i = np.zeros_like(x)
        e_i[i] = 1.0
        grad[i] = (f(x + h * e_i) - f(x - h * e_i)) / (2 * h)
    return grad


def relative_error(a, b):
    """‖a − b‖ / max(‖a‖, ‖b‖, tiny): symmetric, 0 when a = b = 0, at most 2."""
    return float(np.linalg.norm(a - b) / max(np.linalg.norm(a), np.linalg.norm(b), TINY))


def gradcheck(f, grad, x, h=1e-6):
    """The relative error between the analytic gradient grad(x) and central differences of f."""
    analytic = grad(x)
    numerical = numerical_gradient(f, x, h)
    return relative_error(analytic, numerical)


def autograd_gradient(f, x):
    """∇f(x) by torch autograd: x as a float64 leaf tensor, then backward from f(x)."""
    x_leaf = torch.tensor(x, dtype=torch.float64, requires_grad=True)
    f(x_leaf).backward()
    return x_leaf.grad.numpy()


def autograd_check(f, grad, x):
    """The relative error between grad(x) and autograd's gradient of f (written in torch)."""
    return relative_error(grad(x), autograd_gradient(f, x))
