"""Your count is one too many: it counts the iterates x₀, …, x_k, not the steps between them; k
steps reach x_k, and k is the smallest with ρᵏ r0 ≤ tol.
"""


def steps_needed(kappa, r0, tol):
    if r0 <= tol:
        return 0
    rho = contraction(kappa)
    if rho == 0:
        return 1
    return math.ceil(math.log(tol / r0) / math.log(rho)) + 1
