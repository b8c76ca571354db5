"""You made the leaf tensor in float32 (torch's default for Python floats): its
gradient is good to about 1e-7 only, or clashes with the float64 constants inside f; build it as
torch.tensor(x, dtype=torch.float64, requires_grad=True).
"""

import torch


def autograd_gradient(f, x):
    x_leaf = torch.tensor(x, dtype=torch.float32, requires_grad=True)
    f(x_leaf).backward()
    return x_leaf.grad.numpy()
