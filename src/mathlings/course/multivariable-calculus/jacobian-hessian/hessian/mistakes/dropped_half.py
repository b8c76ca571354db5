"""You dropped the ½ of f(x) = ½ xᵀAx + bᵀx: its gradient is ½(A + Aᵀ)x + b, so H = ½(A + Aᵀ),
not A + Aᵀ.
"""


def quadratic_hessian(A, b, x):
    return A + A.T
