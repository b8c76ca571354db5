import numpy as np

# f(x, y) = x²y + sin(xy): write each partial derivative as a formula string, e.g. "2*x + y"
df_dx = ...
df_dy = ...

# g(x, y, z) = x·e^(yz) + yz²
dg_dx = ...
dg_dy = ...
dg_dz = ...


def central_difference(f, x, i, h):
    """∂f/∂xᵢ(x) ≈ (f(x + h eᵢ) − f(x − h eᵢ)) / (2h)."""
    raise NotImplementedError("write central_difference(f, x, i, h)")


def best_step(M3, eps):
    """The step h > 0 that minimises E(h) = M₃h²/6 + ε/h."""
    raise NotImplementedError("write best_step(M3, eps)")
