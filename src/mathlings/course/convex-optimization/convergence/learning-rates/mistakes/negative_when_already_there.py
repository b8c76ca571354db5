"""When r0 ≤ tol no step is needed and the answer is 0, but the formula then gives a negative (or
zero) count: return max(0, …), or 0 first when r0 ≤ tol.
"""


def steps_needed(kappa, r0, tol):
    rho = contraction(kappa)
    if rho == 0:
        return 1
    return math.ceil(math.log(tol / r0) / math.log(rho))
