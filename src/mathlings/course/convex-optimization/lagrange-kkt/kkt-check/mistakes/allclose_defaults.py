"""You tested stationarity with np.allclose's default tolerances (rtol = 1e-5, relative to the
multiplier terms, and atol = 1e-8) instead of the task's absolute tol: every entry of
∇f + Σμᵢ∇gᵢ + Σλⱼ∇hⱼ within tol of 0 (np.allclose(grad_L, 0, rtol=0, atol=tol) does that).
"""

import numpy as np


def failed_conditions(grad_f, g, grad_g, h, grad_h, mu, lam, tol=1e-6):
    failed = []
    if not np.allclose(grad_f, -(grad_g.T @ mu + grad_h.T @ lam)):
        failed.append("stationarity")
    if np.any(g > tol) or np.any(np.abs(h) > tol):
        failed.append("primal feasibility")
    if np.any(mu < -tol):
        failed.append("dual feasibility")
    if np.any(np.abs(mu * g) > tol):
        failed.append("complementary slackness")
    return failed
