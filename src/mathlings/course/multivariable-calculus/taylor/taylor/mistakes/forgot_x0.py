"""You expanded in x instead of in the displacement x − x₀: every term is a power of d = x − x₀,
so at x = x₀ the approximation is exactly f0."""


def taylor1(f0, g, x0, x):
    return f0 + g @ x


def taylor2(f0, g, H, x0, x):
    return taylor1(f0, g, x0, x) + 0.5 * x @ H @ x
