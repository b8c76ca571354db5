import math

import numpy as np


def divergence_rate(eigenvalues):
    """The learning rate above which gradient descent on ½xᵀAx diverges."""
    raise NotImplementedError("write divergence_rate(eigenvalues)")


def best_rate(eigenvalues):
    """The fixed learning rate that makes the worst per-step factor smallest."""
    raise NotImplementedError("write best_rate(eigenvalues)")


def contraction(kappa):
    """ρ: the worst per-step factor of ‖x_k‖ at the best rate, for condition number κ."""
    raise NotImplementedError("write contraction(kappa)")


def steps_needed(kappa, r0, tol):
    """The smallest k ≥ 0 with ρᵏ·r0 ≤ tol."""
    raise NotImplementedError("write steps_needed(kappa, r0, tol)")
