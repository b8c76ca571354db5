"""For κ = 1, ρ = 0 and log ρ is undefined: the round bowl is solved in one step (when r0 > tol),
so treat ρ = 0 apart.
"""


def steps_needed(kappa, r0, tol):
    if r0 <= tol:
        return 0
    rho = contraction(kappa)
    return math.ceil(math.log(tol / r0) / math.log(rho))
