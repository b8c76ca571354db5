"""You mixed logarithm bases, log₁₀ above and ln below: k = log(tol/r0)/log ρ needs one base for
both (any one: the ratio is the same).
"""


def steps_needed(kappa, r0, tol):
    if r0 <= tol:
        return 0
    rho = contraction(kappa)
    if rho == 0:
        return 1
    return math.ceil(math.log10(tol / r0) / math.log(rho))
