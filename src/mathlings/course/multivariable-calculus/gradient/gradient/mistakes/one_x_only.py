"""You differentiated only one of the two x's in xᵀAx: by the product rule each contributes, Ax from
one and Aᵀx from the other, so ∇(xᵀAx) = (A + Aᵀ)x."""


def quadratic_form_grad(A, x):
    return A @ x
