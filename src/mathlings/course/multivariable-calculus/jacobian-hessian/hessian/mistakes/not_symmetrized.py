"""You returned A: ∂²(½xᵀAx)/∂xᵢ∂xⱼ = ½(Aᵢⱼ + Aⱼᵢ), because xᵢxⱼ appears with Aᵢⱼ and with Aⱼᵢ;
H = A only when A is symmetric, and here it is not: H = ½(A + Aᵀ).
"""


def quadratic_hessian(A, b, x):
    return A.copy()
