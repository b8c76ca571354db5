"""Your second-order approximation lost the linear term g·(x − x₀): T₂ is T₁ plus ½ dᵀHd, not f0
plus ½ dᵀHd."""


def taylor2(f0, g, H, x0, x):
    d = x - x0
    return f0 + 0.5 * d @ H @ d
