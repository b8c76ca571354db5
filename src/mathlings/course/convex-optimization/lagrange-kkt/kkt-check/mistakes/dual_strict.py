"""You tested dual feasibility as μᵢ > 0, so a multiplier μᵢ = 0 (an inactive constraint) counted as
a failure; the condition is μᵢ ≥ 0 (μᵢ ≥ −tol).
"""

import numpy as np


def failed_conditions(grad_f, g, grad_g, h, grad_h, mu, lam, tol=1e-6):
    grad_L = grad_f + grad_g.T @ mu + grad_h.T @ lam
    failed = []
    if np.any(np.abs(grad_L) > tol):
        failed.append("stationarity")
    if np.any(g > tol) or np.any(np.abs(h) > tol):
        failed.append("primal feasibility")
    if not np.all(mu > 0):
        failed.append("dual feasibility")
    if np.any(np.abs(mu * g) > tol):
        failed.append("complementary slackness")
    return failed
