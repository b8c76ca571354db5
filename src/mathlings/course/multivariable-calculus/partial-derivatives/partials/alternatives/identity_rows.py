import math

import numpy as np

df_dx = "2*x*y+y*cos(x*y)"
df_dy = "x^2+x*cos(x*y)"
dg_dx = "exp(z*y)"
dg_dy = "z**2 + exp(y*z)*x*z"
dg_dz = "2*z*y + exp(y*z)*y*x"


def central_difference(f, x, i, h):
    if h <= 0:
        raise ValueError(f"h = {h} is not a positive step")
    step = h * np.eye(x.shape[0])[i]
    return 0.5 * (f(x + step) - f(x - step)) / h


def best_step(M3, eps):
    if min(M3, eps) <= 0:
        raise ValueError("M3 and eps must both be positive")
    return math.exp((math.log(3) + math.log(eps) - math.log(M3)) / 3)
