def divergence_rate(eigenvalues):
    largest = max(float(lam) for lam in eigenvalues)
    return 2.0 / largest


def best_rate(eigenvalues):
    ordered = sorted(float(lam) for lam in eigenvalues)
    return 2.0 / (ordered[0] + ordered[-1])


def contraction(kappa):
    return 1 - 2 / (kappa + 1)


def steps_needed(kappa, r0, tol):
    """Multiply by ρ until the bound is within tol."""
    rho = contraction(kappa)
    k, bound = 0, r0
    while bound > tol:
        bound *= rho
        k += 1
    return k
