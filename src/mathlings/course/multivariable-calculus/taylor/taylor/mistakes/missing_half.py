"""Your quadratic term has no ½: the second-order term is ½ (x − x₀)ᵀH(x − x₀), as ½ f″(x₀)(x − x₀)²
in one dimension (the 2 of the second derivative of d² cancels it)."""


def taylor2(f0, g, H, x0, x):
    d = x - x0
    return taylor1(f0, g, x0, x) + d @ H @ d
