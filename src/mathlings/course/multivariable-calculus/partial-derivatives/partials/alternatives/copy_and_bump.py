import numpy as np

df_dx = "y*(2*x + cos(x*y))"
df_dy = "x*(x + cos(y*x))"
dg_dx = "e^(y*z)"
dg_dy = "z*(x*exp(y*z) + z)"
dg_dz = "y*(x*exp(z*y) + 2*z)"


def central_difference(f, x, i, h):
    """Bump coordinate i of two copies of x, one up and one down."""
    if not h > 0:
        raise ValueError("h must be positive")
    up = np.array(x, dtype=float)
    down = np.array(x, dtype=float)
    up[i] += h
    down[i] -= h
    return float(f(up) - f(down)) / (2.0 * h)


def best_step(M3: float, eps: float) -> float:
    """E′(h) = M₃h/3 − ε/h² = 0, so h = ∛(3ε/M₃)."""
    if M3 <= 0 or eps <= 0:
        raise ValueError("positive M3 and eps only")
    return float(np.cbrt(3.0 * eps / M3))
