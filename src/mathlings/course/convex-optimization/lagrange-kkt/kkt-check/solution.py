import numpy as np

NAMES = ("stationarity", "primal feasibility", "dual feasibility", "complementary slackness")


def failed_conditions(grad_f, g, grad_g, h, grad_h, mu, lam, tol=1e-6):
    """The names of the KKT conditions that fail at x for min f s.t. g(x) ≤ 0, h(x) = 0, with
    L = f + μᵀg + λᵀh:

        stationarity             ∇f + Σᵢ μᵢ∇gᵢ + Σⱼ λⱼ∇hⱼ = 0   every entry within tol
        primal feasibility       gᵢ ≤ tol and |hⱼ| ≤ tol
        dual feasibility         μᵢ ≥ −tol
        complementary slackness  |μᵢ gᵢ| ≤ tol
    """
    grad_L = grad_f + grad_g.T @ mu + grad_h.T @ lam
    failed = []
    if np.any(np.abs(grad_L) > tol):
        failed.append("stationarity")
    if np.any(g > tol) or np.any(np.abs(h) > tol):
        failed.append("primal feasibility")
    if np.any(mu < -tol):
        failed.append("dual feasibility")
    if np.any(np.abs(mu * g) > tol):
        failed.append("complementary slackness")
    return failed
