import math

import numpy as np


def divergence_rate(eigenvalues: np.ndarray) -> float:
    """Along the eigenvector of λ the error is multiplied by 1 − ηλ at every step; the most curved
    direction leaves |1 − ηλ_max| < 1 first, so gradient descent diverges for η > 2/λ_max."""
    lam_max = np.max(eigenvalues)
    return 2 / lam_max


def best_rate(eigenvalues: np.ndarray) -> float:
    """η* = 2/(λ_min + λ_max) balances the two extreme factors: 1 − η*λ_min = −(1 − η*λ_max)."""
    lam_min, lam_max = np.min(eigenvalues), np.max(eigenvalues)
    return 2 / (lam_min + lam_max)


def contraction(kappa: float) -> float:
    """At η*, max |1 − η*λ| = (λ_max − λ_min)/(λ_max + λ_min) = (κ − 1)/(κ + 1): only the ratio
    κ = λ_max/λ_min matters, so take λ_min = 1, λ_max = κ."""
    lam_min, lam_max = 1.0, kappa
    return (lam_max - lam_min) / (lam_max + lam_min)


def steps_needed(kappa: float, r0: float, tol: float) -> int:
    """The smallest k ≥ 0 with ρᵏ r0 ≤ tol, ρ = (κ − 1)/(κ + 1): k = ⌈log(tol/r0) / log ρ⌉."""
    if r0 <= tol:
        return 0
    rho = contraction(kappa)
    if rho == 0:
        return 1
    return math.ceil(math.log(tol / r0) / math.log(rho))
