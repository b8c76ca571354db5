import numpy as np


def failed_conditions(grad_f, g, grad_g, h, grad_h, mu, lam, tol=1e-6):
    """Each condition's worst violation, as one number; the 2-norm of ∇ₓL for stationarity."""
    worst = {
        "stationarity": np.linalg.norm(grad_f + mu @ grad_g + lam @ grad_h),
        "primal feasibility": max(np.max(g, initial=-np.inf), np.max(np.abs(h), initial=-np.inf)),
        "dual feasibility": np.max(-mu, initial=-np.inf),
        "complementary slackness": np.max(np.abs(mu * g), initial=-np.inf),
    }
    return tuple(name for name, violation in worst.items() if violation > tol)
