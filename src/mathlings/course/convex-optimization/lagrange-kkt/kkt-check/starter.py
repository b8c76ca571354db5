import numpy as np


def failed_conditions(grad_f, g, grad_g, h, grad_h, mu, lam, tol=1e-6):
    """The list of the KKT conditions that fail at x, among "stationarity", "primal feasibility",
    "dual feasibility" and "complementary slackness"."""
    raise NotImplementedError("write failed_conditions(grad_f, g, grad_g, h, grad_h, mu, lam, tol)")
