"""You took log(r0/tol) / log ρ, which is negative (log ρ < 0): solve ρᵏ r0 ≤ tol as
k ≥ log(tol/r0) / log ρ, both logs negative.
"""


def steps_needed(kappa, r0, tol):
    if r0 <= tol:
        return 0
    rho = contraction(kappa)
    if rho == 0:
        return 1
    return math.ceil(math.log(r0 / tol) / math.log(rho))
