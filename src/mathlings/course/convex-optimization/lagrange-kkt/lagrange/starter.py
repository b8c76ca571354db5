import numpy as np


def solve_kkt(Q, c, A, b):
    """(x, λ) with [[Q, Aᵀ], [A, 0]] [x; λ] = [−c; b]."""
    raise NotImplementedError("write solve_kkt(Q, c, A, b)")
