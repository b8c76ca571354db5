"""The failed conditions collected in a set (the task allows a list, a tuple or a set)."""

import numpy as np


def failed_conditions(grad_f, g, grad_g, h, grad_h, mu, lam, tol=1e-6):
    failed = set()
    residual = grad_f + mu @ grad_g + lam @ grad_h
    if np.max(np.abs(residual), initial=0.0) > tol:
        failed.add("stationarity")
    if np.any(g > tol) or np.any(np.abs(h) > tol):
        failed.add("primal feasibility")
    if np.any(mu < -tol):
        failed.add("dual feasibility")
    if np.any(np.abs(mu * g) > tol):
        failed.add("complementary slackness")
    return failed
