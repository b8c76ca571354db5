"""PyTorch autograd in float64: the oracle for every derivative a drill checks.

A check.py writes its function in torch and asks here for the derivative, so that none re-writes
the preamble (float64 tensors, leaves that require a gradient, `.numpy()` and `.item()`):

    from mathlings.checker import autograd

    def expected_grad(X, y, w, b):
        X_t, y_t = autograd.tensors(X, y)
        return autograd.gradients(lambda w, b: ((X_t @ w + b - y_t) ** 2).mean(), w, b)

Every answer comes back as NumPy: an array, or a float for a single number (a scalar leaf's
gradient, a loss). torch loads when a check.py first uses this module, inside the judge; the
command line never imports it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import torch


def tensor(a: Any, grad: bool = False) -> torch.Tensor:
    """a (a number, a list, an array) as a float64 tensor; a leaf of the graph when `grad`."""
    return torch.tensor(np.asarray(a, dtype=float), dtype=torch.float64, requires_grad=grad)


def tensors(*values: Any) -> tuple[torch.Tensor, ...]:
    """Each value as a float64 tensor, for the constants a function closes over."""
    return tuple(tensor(v) for v in values)


def as_numpy(t: torch.Tensor) -> np.ndarray | float:
    """A tensor's values: a float for a 0-d tensor, else an array."""
    t = t.detach()
    return t.item() if t.ndim == 0 else t.numpy()


def value(f: Callable[..., torch.Tensor], *at: Any) -> np.ndarray | float:
    """f(*at), each argument as a float64 tensor."""
    return as_numpy(f(*tensors(*at)))


def gradients(f: Callable[..., torch.Tensor], *at: Any) -> tuple[np.ndarray | float, ...]:
    """(∂f/∂a for a in at): the gradient of the scalar f(*at) with respect to each argument, in
    its shape; zeros for an argument f does not use."""
    leaves = [tensor(a, grad=True) for a in at]
    found = torch.autograd.grad(f(*leaves), leaves, allow_unused=True)
    return tuple(
        as_numpy(torch.zeros_like(leaf) if g is None else g)
        for leaf, g in zip(leaves, found, strict=True)
    )


def gradient(f: Callable[[torch.Tensor], torch.Tensor], x: Any) -> np.ndarray | float:
    """∇f(x) of a scalar function of one argument."""
    (g,) = gradients(f, x)
    return g


def value_and_gradient(
    f: Callable[[torch.Tensor], torch.Tensor], x: Any
) -> tuple[float, np.ndarray | float]:
    """(f(x), ∇f(x)) from one forward pass."""
    leaf = tensor(x, grad=True)
    out = f(leaf)
    (g,) = torch.autograd.grad(out, (leaf,))
    return as_numpy(out), as_numpy(g)


def jacobian(f: Callable[[torch.Tensor], torch.Tensor], x: Any) -> np.ndarray:
    """J_f(x), of shape f(x).shape + x.shape: (outputs, inputs) for a vector function."""
    return torch.autograd.functional.jacobian(f, tensor(x)).numpy()


def hessian(f: Callable[[torch.Tensor], torch.Tensor], x: Any) -> np.ndarray:
    """∇²f(x) of a scalar function, of shape x.shape + x.shape."""
    return torch.autograd.functional.hessian(f, tensor(x)).numpy()
