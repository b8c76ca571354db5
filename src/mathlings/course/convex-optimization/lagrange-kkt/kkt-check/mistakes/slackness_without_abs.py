"""You tested complementary slackness as μᵢgᵢ ≤ tol without the absolute value, so a positive μᵢ on
a constraint with gᵢ < 0 (a negative product) slipped through; the test is |μᵢ gᵢ| ≤ tol.
"""

import numpy as np


def failed_conditions(grad_f, g, grad_g, h, grad_h, mu, lam, tol=1e-6):
    grad_L = grad_f + grad_g.T @ mu + grad_h.T @ lam
    failed = []
    if np.any(np.abs(grad_L) > tol):
        failed.append("stationarity")
    if np.any(g > tol) or np.any(np.abs(h) > tol):
        failed.append("primal feasibility")
    if np.any(mu < -tol):
        failed.append("dual feasibility")
    if np.any(mu * g > tol):
        failed.append("complementary slackness")
    return failed
