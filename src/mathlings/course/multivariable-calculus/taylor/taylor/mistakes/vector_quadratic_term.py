"""You added the vector ½ H(x − x₀) instead of the number ½ (x − x₀)ᵀH(x − x₀): multiply by the
displacement on both sides, so the quadratic term is one number."""


def taylor2(f0, g, H, x0, x):
    d = x - x0
    return taylor1(f0, g, x0, x) + 0.5 * H @ d
