"""You scaled the stationarity tolerance by the size of ∇f (a relative test); this task's tol is
absolute: every entry of ∇ₓL within tol of 0, however large or small ∇f is.
"""

import numpy as np


def failed_conditions(grad_f, g, grad_g, h, grad_h, mu, lam, tol=1e-6):
    grad_L = grad_f + grad_g.T @ mu + grad_h.T @ lam
    failed = []
    if np.any(np.abs(grad_L) > tol * np.max(np.abs(grad_f), initial=0.0)):
        failed.append("stationarity")
    if np.any(g > tol) or np.any(np.abs(h) > tol):
        failed.append("primal feasibility")
    if np.any(mu < -tol):
        failed.append("dual feasibility")
    if np.any(np.abs(mu * g) > tol):
        failed.append("complementary slackness")
    return failed
