"""You rounded down: after ⌊log(tol/r0)/log ρ⌋ steps ρᵏ r0 is still above tol; the smallest k with
ρᵏ r0 ≤ tol rounds up, ⌈·⌉.
"""


def steps_needed(kappa, r0, tol):
    if r0 <= tol:
        return 0
    rho = contraction(kappa)
    if rho == 0:
        return 1
    return math.floor(math.log(tol / r0) / math.log(rho))
