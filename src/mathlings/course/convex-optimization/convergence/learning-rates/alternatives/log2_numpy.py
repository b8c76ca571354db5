import numpy as np


def divergence_rate(eigenvalues):
    return float(2 / np.asarray(eigenvalues).max())


def best_rate(eigenvalues):
    lam = np.sort(eigenvalues)
    return 2 / (lam[0] + lam[-1])


def contraction(kappa):
    return (kappa - 1) / (kappa + 1)


def steps_needed(kappa, r0, tol):
    rho = contraction(kappa)
    if r0 <= tol:
        return 0
    if rho == 0:
        return 1
    k = np.ceil(np.log2(r0 / tol) / np.log2(1 / rho))
    return int(max(k, 0))
