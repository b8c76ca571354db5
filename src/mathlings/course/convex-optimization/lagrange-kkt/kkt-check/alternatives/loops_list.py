def failed_conditions(grad_f, g, grad_g, h, grad_h, mu, lam, tol=1e-6):
    """Plain loops over the constraints; the names collected in a list, in the task's order."""
    n, p, q = len(grad_f), len(g), len(h)
    failed = []
    residual = []
    for k in range(n):
        r = grad_f[k]
        for i in range(p):
            r += mu[i] * grad_g[i][k]
        for j in range(q):
            r += lam[j] * grad_h[j][k]
        residual.append(r)
    if max((abs(r) for r in residual), default=0.0) > tol:
        failed.append("stationarity")
    if any(g[i] > tol for i in range(p)) or any(abs(h[j]) > tol for j in range(q)):
        failed.append("primal feasibility")
    if any(mu[i] < -tol for i in range(p)):
        failed.append("dual feasibility")
    if any(abs(mu[i] * g[i]) > tol for i in range(p)):
        failed.append("complementary slackness")
    return failed
